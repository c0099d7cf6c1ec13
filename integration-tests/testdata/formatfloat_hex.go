// targets: host wasi wasm cortex-m-qemu microbit arduino

// FormatFloat's 'b', 'x' and 'X' formats (no decimal digits, so they fit the Uno's
// 2 KiB of RAM too): rounding half to even in hex digits, a carry into the leading
// digit, subnormals, zero, the extremes, float32, and the exponent's digits.
package main

import (
	"math"
	"strconv"
)

var bits64 = []uint64{
	0x0000000000000000, // +0
	0x8000000000000000, // -0
	0x0000000000000001, // smallest subnormal
	0x000FFFFFFFFFFFFF, // largest subnormal
	0x0010000000000000, // smallest normal
	0x3FF0000000000000, // 1
	0x3FF8000000000000, // 1.5: one hex digit, a tie at prec 0
	0x3FF0800000000000, // 1.03125: 0x1.08, a tie at prec 1 (even: down)
	0x3FF1800000000000, // 0x1.18: a tie at prec 1 (odd: up)
	0x3FF1800000000001, // above the tie
	0x3FFFFFFFFFFFFFFF, // 0x1.fff...: carries into the leading digit
	0xBFEFFFFFFFFFFFFF, // -0x1.fff...p-01
	0x400921FB54442D18, // pi
	0x7FEFFFFFFFFFFFFF, // largest
	0xC1D0000000000000, // -2^30
	0x7FF0000000000000, // +Inf
	0xFFF0000000000000, // -Inf
	0x7FF8000000000001, // NaN
}

var bits32 = []uint32{
	0x00000001, 0x007FFFFF, 0x00800000, 0x3F800000, 0x3FC00000, 0x3F840000,
	0x3F8C0000, 0x3FFFFFFF, 0x40490FDB, 0x7F7FFFFF, 0xBDCCCCCD, 0x80000000,
}

var precs = []int{-1, 0, 1, 2, 3, 12, 13, 14, 15, 16}

func main() {
	for _, b := range bits64 {
		f := math.Float64frombits(b)
		print(strconv.FormatFloat(f, 'b', -1, 64))
		for _, p := range precs {
			print(" ", strconv.FormatFloat(f, 'x', p, 64))
		}
		println(" ", strconv.FormatFloat(f, 'X', 4, 64))
	}
	for _, b := range bits32 {
		f := float64(math.Float32frombits(b))
		print(strconv.FormatFloat(f, 'b', -1, 32))
		for _, p := range precs[:7] {
			print(" ", strconv.FormatFloat(f, 'x', p, 32))
		}
		println(" ", string(strconv.AppendFloat([]byte("X="), f, 'X', -1, 32)))
	}
}
