// targets: host wasi wasm cortex-m-qemu microbit arduino

// ParseFloat's decimal path on every target, the Uno too, where the decimal keeps 64
// digits and a sticky bit: exact ties between neighbouring floats (round half to
// even) and inputs one unit above and below them with up to 57 digits, the limits of
// float64 and float32 (overflow to infinity, the smallest subnormal and the point
// halfway to it), and "nan" (math.NaN's bits, as gc returns them).
package main

import (
	"math"
	"strconv"
)

var inputs64 = []string{
	"9007199254740993",                     // 2^53+1: a tie, to even (down)
	"9007199254740995",                     // a tie, to even (up)
	"1.482785223695934391021728515625e+10", // a tie 31 digits long
	"1.4827852236959343910217285156250000000000000000000000001e+10",
	"1.4827852236959343910217285156249999999999999999999999999e+10",
	"1.7976931348623158e308",  // still the largest
	"1.7976931348623159e308",  // over: +Inf and ErrRange
	"2.4703282292062328e-324", // above half the smallest subnormal: rounds up to it
	"2.4703282292062327e-324", // below half of it: zero
	"2.2250738585072012e-308", // rounds up to the smallest normal
	"1e23", "1e-400", "NaN", "-inf",
}

var inputs32 = []string{
	"16777217",                       // 2^24+1: a tie, to even (down)
	"16777219",                       // a tie, to even (up)
	"16777217.000000000000000000001", // above the tie
	"3.4028236e38", "7e-46", "7.1e-46", "nan",
}

func main() {
	for _, s := range inputs64 {
		v, err := strconv.ParseFloat(s, 64)
		println(s, math.Float64bits(v), err != nil)
	}
	for _, s := range inputs32 {
		v, err := strconv.ParseFloat(s, 32)
		println(s, math.Float32bits(float32(v)), err != nil)
	}
}
