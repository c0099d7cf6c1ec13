// targets: host wasi wasm cortex-m-qemu microbit
// (The Uno's 2 KiB of RAM cannot hold this program's garbage: the heap does not free yet.)
// Package sort against Go's: ints, strings, searching, Reverse, and Stable on records
// with equal keys (whose order the specification fixes).
package main

import "sort"

type rec struct {
	key int
	id  int
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 3, 7, 0, -4, 12, 6, 11, 10, 2, 15, 14, 13}
	sort.Ints(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println(sort.IntsAreSorted(xs), sort.SearchInts(xs, 7), sort.SearchInts(xs, 100))
	ss := []string{"pear", "apple", "fig", "banana", "cherry"}
	sort.Strings(ss)
	for _, s := range ss {
		print(s, " ")
	}
	println(sort.SearchStrings(ss, "date"))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	for _, x := range xs {
		print(x, " ")
	}
	println()
	var rs []rec
	seed := uint32(7)
	for i := 0; i < 100; i++ {
		seed = seed*1103515245 + 12345
		rs = append(rs, rec{int(seed>>16) % 7, i})
	}
	sort.Stable(byKey(rs))
	for _, r := range rs {
		print(r.key, ":", r.id, " ")
	}
	println(sort.IsSorted(byKey(rs)))
	println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
