// One float64 multiply and its printing: what soft float costs a program on chips
// without an FPU (the conversion and multiply routines, and the additions, divisions
// and comparisons of the builtin float printer). The reading is a volatile load, so
// that LLVM cannot compute the product at compile time.
package main

import "runtime/volatile"

var reading uint32 = 237

func main() {
	r := volatile.LoadUint32(&reading)
	println(float64(r) * 0.1)
}
