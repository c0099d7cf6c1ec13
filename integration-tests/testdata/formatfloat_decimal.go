// targets: host wasi wasm cortex-m-qemu microbit arduino
// timeout: 60

// FormatFloat's decimal formats (e, f, g) on every target, the Uno too, where the
// decimal expansion keeps 64 digits with a sticky bit instead of all of them: shortest
// round-trip digits, rounding half to even at every precision up to 20, subnormals,
// float32, and values whose exact expansions run to hundreds of digits (the sticky
// digit must still round them as Go does). 'f' is left out for values above 1e40 and
// below 1e-30 (but zero): their strings of hundreds of characters do not fit the Uno's
// heap, and Go prints every integer digit of large values, which the Uno keeps only to
// the 58th. Prints an FNV-1a checksum per format and a sample of the strings.
package main

import (
	"math"
	"strconv"
)

var formats = []byte{'e', 'f', 'g'}

var precs = []int{-1, 0, 1, 2, 5, 15, 16, 17, 20}

var sums [3]uint64

var count int

func format(f float64, bitSize int) {
	a := math.Abs(f)
	for fi, c := range formats {
		for _, p := range precs {
			if c == 'f' && (a > 1e40 || a < 1e-30) {
				continue
			}
			s := strconv.FormatFloat(f, c, p, bitSize)
			h := sums[fi]
			if h == 0 {
				h = 14695981039346656037
			}
			for i := 0; i < len(s); i++ {
				h ^= uint64(s[i])
				h *= 1099511628211
			}
			sums[fi] = h
			count++
			if count%97 == 0 {
				println(bitSize, string(c), p, s)
			}
		}
	}
}

func both(f float64) {
	format(f, 64)
	format(float64(float32(f)), 32)
}

var edges = []float64{0, math.Inf(1), math.NaN(), math.MaxFloat64, 5e-324, 1e-323,
	math.MaxFloat32, math.SmallestNonzeroFloat32, 1e23, 8.41e21, 9007199254740993,
	1, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 123456789, 1e15, 1e16, 1e21, 1e22,
	2.2250738585072014e-308, 2.225073858507201e-308, 5e-310, 0.3, 2.0 / 3, 1e-7,
	123.456, 9.5, 99.5, 999999.5, 0.05, 0.0005, 5e-21, 1.25e-5, 7.0e-10}

func main() {
	for _, f := range edges {
		both(f)
		both(-f)
	}
	powers()
	random()
	for i, c := range formats {
		println(string(c), sums[i])
	}
	println(count, "strings")
}

// powers formats powers of two and 1.75 times them across the exponent range.
func powers() {
	for e := -1074; e < 1024; e += 131 {
		both(math.Ldexp(1, e))
		both(math.Ldexp(1.75, e))
	}
}

// random formats a fixed-seed xorshift sample of bit patterns.
func random() {
	x := uint64(88172645463325252)
	for i := 0; i < 16; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		format(math.Float64frombits(x), 64)
		format(float64(math.Float32frombits(uint32(x>>32))), 32)
		// few mantissa bits: exact halves at small precisions
		format(math.Float64frombits(x&0xFFF0000000000000|(x&0xF)<<44), 64)
	}
}
