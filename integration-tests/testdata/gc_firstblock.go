// The object at the start of the heap is freed once nothing points to it: the
// collector's own record of where its blocks begin is no root.
package main

import "runtime"

var sink *[40]byte

//go:noinline
func first() {
	sink = new([40]byte)
	sink[3] = 7
}

var m runtime.MemStats

func frees() uint64 {
	runtime.ReadMemStats(&m)
	return m.Frees
}

func main() {
	first()
	println(sink[3])
	before := frees()
	sink = nil
	runtime.GC()
	println(frees() > before)
}
