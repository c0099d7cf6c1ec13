// targets: host wasi wasm cortex-m-qemu microbit arduino
// Loops whose trip count LLVM computes with a 32-bit division of its own (on AVR a
// call of __udivmodsi4, which the runtime's assembly provides; Go's own / and % are
// calls of the runtime's division). The loops run, so the counts stay small enough
// for the Uno.
package main

//go:noinline
func unsigned(n uint32) uint32 {
	s := uint32(0)
	for i := uint32(0); i < n; i += 6 {
		s += i
	}
	return s%7 + n/6
}

//go:noinline
func signed(n int32) int32 {
	s := int32(0)
	for i := int32(0); i < n; i += 6 {
		s += i
	}
	return s%7 + n/6
}

func main() {
	for _, n := range []uint32{0, 1, 5, 6, 7, 100, 65535, 65536, 65543, 300001} {
		println(n, unsigned(n))
	}
	for _, n := range []int32{-7, 0, 1, 6, 13, 100, 70000, 299999} {
		println(n, signed(n))
	}
}
