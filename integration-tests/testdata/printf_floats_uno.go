// targets: host wasi wasm cortex-m-qemu microbit arduino

// fmt's float verbs: %f %.Nf %e %g %G %v %x %b with widths, precisions and the flags
// + - space 0 #, over float64 and float32 values (small, large, negative, subnormal, zero, infinite,
// NaN), and halfway cases of fixed precision (rounded half to even on the exact binary
// value: 0.125 is a tie, 1.005 lies just below one). Sized for the Arduino Uno (one
// call of fmt.Printf, small tables and short lines): with strconv.IsPrint's exact table
// it takes all but a few bytes of the 32,256 that the Uno's bootloader leaves, since
// session 29's 8- and 16-bit look-up and fmt's narrower indexes. %f skips the two
// largest values, whose hundreds of digits pass the Uno's 64-digit decimal.
package main

import (
	"fmt"
	"math"
)

// float32 values, then float64; the largest of each (which %f skips) come last, but
// for the specials
var values32 = []float32{0.1, -7.25, 16777216, 1e-45, 3.4028235e38}

var values = []float64{0, 1, -2.5, 0.1, 1.0 / 3, 123456.789, 5e-324,
	2.2250738585072014e-308, 0.125, 1.005, 1e23, 1.7976931348623157e308,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}

// one line of output each (the Uno's heap holds a short line's buffer); the first six
// are %f
var formats = []string{"%f\n", "%.2f\n", "%8.3f|\n", "%+.0f\n", "%010.3f\n", "%#.0f\n",
	"%e\n", "%-11.2E|\n", "%#.0e\n", "%g\n", "%10G\n", "%#g\n",
	"%#.3g\n", "%v\n", "% .1v\n", "%#v\n", "%x\n", "%#X\n", "%b\n"}

func main() {
	n := len(formats)
	for k := 0; k < (len(values32)+len(values))*n; k++ {
		i := k / n
		if k%n < 6 && (i == len(values32)-1 || i == len(values32)+len(values)-5) {
			continue // no %f of the largest values
		}
		var v interface{}
		if i < len(values32) {
			v = values32[i]
		} else {
			v = values[i-len(values32)]
		}
		fmt.Printf(formats[k%n], v)
	}
}
