// One float32 multiply and its printing: floatmul.go in single precision, what a
// program that computes in float32 (as sensor code on small chips often does) links
// on chips without an FPU. println prints a float32 through the float64 printer, so
// the widening and the float64 printer's routines come along.
package main

import "runtime/volatile"

var reading uint32 = 237

func main() {
	r := volatile.LoadUint32(&reading)
	println(float32(r) * 0.1)
}
