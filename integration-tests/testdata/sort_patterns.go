// targets: host wasi wasm cortex-m-qemu microbit

// sort.Sort, sort.Ints, sort.Strings and sort.Slice on the inputs that break simple
// quicksorts (sorted, reversed, all equal, organ pipes, sawtooth, many duplicates,
// killer-adversary-like orders) at every length up to 40 and at 300: each result
// must be sorted and hold the same elements (a multiset checksum).
package main

import (
	"fmt"
	"sort"
)

type byKey []int

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i]/3 < b[j]/3 } // many ties
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func pattern(kind, n int, seed *uint32) []int {
	a := make([]int, n)
	for i := range a {
		*seed = *seed*1664525 + 1013904223
		r := int(*seed >> 8)
		switch kind {
		case 0:
			a[i] = i
		case 1:
			a[i] = n - i
		case 2:
			a[i] = 7
		case 3:
			if i < n/2 {
				a[i] = i
			} else {
				a[i] = n - i
			}
		case 4:
			a[i] = i % 5
		case 5:
			a[i] = r % 3
		case 6:
			a[i] = r
		case 7:
			if i%2 == 0 {
				a[i] = i
			} else {
				a[i] = n + i
			}
		}
	}
	return a
}

func sum(a []int) (s uint64) {
	for _, v := range a {
		x := uint64(v)*0x9E3779B97F4A7C15 + 1
		s += x ^ x>>29
	}
	return
}

func main() {
	seed := uint32(1)
	bad := 0
	checked := 0
	lengths := []int{300}
	for n := 0; n <= 40; n++ {
		lengths = append(lengths, n)
	}
	for _, n := range lengths {
		for kind := 0; kind < 8; kind++ {
			a := pattern(kind, n, &seed)
			before := sum(a)
			b := append([]int(nil), a...)
			c := append([]int(nil), a...)
			d := append([]int(nil), a...)
			sort.Ints(a)
			sort.Sort(sort.Reverse(sort.IntSlice(b)))
			sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
			sort.Sort(byKey(d))
			ok := sort.IntsAreSorted(a) && sort.IsSorted(sort.Reverse(sort.IntSlice(b))) &&
				sort.IntsAreSorted(c) && sort.IsSorted(byKey(d)) &&
				sum(a) == before && sum(b) == before && sum(c) == before && sum(d) == before
			if !ok {
				bad++
				fmt.Println("not sorted:", n, kind)
			}
			checked++
		}
	}
	words := []string{"pear", "apple", "fig", "apple", "kiwi", "banana", "", "fig"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println(checked, "inputs,", bad, "bad")
}
