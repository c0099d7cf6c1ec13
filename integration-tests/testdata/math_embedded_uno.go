// targets: arduino
// goroot: none

// The embedded math package on the Uno, compiled without a GOROOT: only Exp, Log, Sin
// and Atan fit its 32 KB of flash together (with soft float64 they take about 31 KB;
// math_embedded runs all 42 functions on the other targets). The arguments come from
// a function that is not inlined, so that LLVM cannot fold the calls at compile time,
// and println's seven significant digits hide the last-bit differences between our
// algorithms and gc's (each value was checked to print the same when moved by up to
// 4 ulps either way).
package main

import "math"

//go:noinline
func arg(i int) float64 { return -3.3 + float64(i)*1.37 }

func main() {
	for i := 0; i < 6; i++ {
		x := arg(i)
		println(x, math.Exp(x), math.Log(x), math.Sin(x), math.Atan(x))
	}
}
