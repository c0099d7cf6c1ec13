// Sorting: sort.Ints, sort.Strings and sort.Slice over generated data; prints
// checksums of the sorted orders.
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key  int
	name string
}

func main() {
	x := uint32(2463534242)
	next := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	ints := make([]int, 100000)
	for i := range ints {
		ints[i] = int(next() % 1000000)
	}
	sort.Ints(ints)
	strs := make([]string, 20000)
	for i := range strs {
		strs[i] = fmt.Sprint(next() % 100000)
	}
	sort.Strings(strs)
	recs := make([]rec, 50000)
	for i := range recs {
		recs[i] = rec{int(next() % 1000), strs[i%len(strs)]}
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].key != recs[j].key {
			return recs[i].key < recs[j].key
		}
		return recs[i].name < recs[j].name
	})
	var sum uint32
	for i := 0; i < len(ints); i += 97 {
		sum = sum*31 + uint32(ints[i])
	}
	for i := 0; i < len(strs); i += 31 {
		sum = sum*31 + uint32(len(strs[i])+int(strs[i][0]))
	}
	for i := 0; i < len(recs); i += 53 {
		sum = sum*31 + uint32(recs[i].key+len(recs[i].name))
	}
	fmt.Println(sum)
}
