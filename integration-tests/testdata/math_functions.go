// targets: host wasi wasm cortex-m-qemu microbit

// Package math's transcendental and special functions against gc's: every exported
// function that is not exactly defined (mathx.go has those), over edge cases and a
// fixed-seed sample of arguments in each function's interesting range, folded into one
// checksum of the results' bits per function, and the results for a few named
// arguments printed in full. Every target compiles Go's portable sources of math, so
// the expected output is Go 1.19's built for GOARCH=arm GOARM=5 (run by qemu-arm), where
// math is the portable code (the 386 build, which agrees, was used before). On amd64 gc
// computes Exp and Log in assembly instead: its Exp differs by an ulp for about 0.06%
// of arguments, and its Log is wrong for subnormals (Log(5e-324) is -709.09, not
// -744.44), so an amd64 build of this program prints other checksums for Exp, Log and
// the functions built on them.
//
// goarch: arm
package main

import "math"

var seed uint32 = 2463534242

// next is a xorshift generator: the same sequence on every target.
func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

// uniform returns a value in [lo, hi).
func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(next()>>8)/float64(1<<24)
}

var edges = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 1e-300, -1e-300,
	5e-324, 1e300, -1e300, math.Pi, -math.Pi, math.Pi / 2, math.E, 710, -745, 1e-8,
	math.Inf(1), math.Inf(-1), math.NaN(), 0.9999999999, 1.0000000001, 100, -100, 3.5}

// sum folds the bits of a result into a checksum; every NaN counts the same, as
// their payloads are not specified.
func sum(s uint64, x float64) uint64 {
	b := math.Float64bits(x)
	if x != x {
		b = 0x7ff8000000000001
	}
	return (s ^ b) * 1099511628211
}

// args returns the edge cases and count samples from [lo, hi).
func args(lo, hi float64, count int) []float64 {
	xs := append([]float64(nil), edges...)
	for i := 0; i < count; i++ {
		xs = append(xs, uniform(lo, hi))
	}
	return xs
}

func unary(name string, f func(float64) float64, lo, hi float64) {
	s := uint64(14695981039346656037)
	for _, x := range args(lo, hi, 150) {
		s = sum(s, f(x))
	}
	println(name, s, f(0.75), f(-3.25), f(42))
}

func binary(name string, f func(float64, float64) float64, lo, hi float64) {
	s := uint64(14695981039346656037)
	xs := args(lo, hi, 30)
	ys := args(lo, hi, 30)
	for _, x := range xs {
		for _, y := range ys {
			s = sum(s, f(x, y))
		}
	}
	println(name, s, f(0.75, 2.5), f(-3.25, 3), f(42, -0.5))
}

func main() {
	unary("Sin", math.Sin, -20, 20)
	unary("Cos", math.Cos, -20, 20)
	unary("Tan", math.Tan, -20, 20)
	unary("Asin", math.Asin, -1, 1)
	unary("Acos", math.Acos, -1, 1)
	unary("Atan", math.Atan, -50, 50)
	unary("Sinh", math.Sinh, -30, 30)
	unary("Cosh", math.Cosh, -30, 30)
	unary("Tanh", math.Tanh, -30, 30)
	unary("Asinh", math.Asinh, -1e6, 1e6)
	unary("Acosh", math.Acosh, 1, 1e6)
	unary("Atanh", math.Atanh, -1, 1)
	unary("Exp", math.Exp, -750, 710)
	unary("Exp2", math.Exp2, -1080, 1030)
	unary("Expm1", math.Expm1, -40, 40)
	unary("Log", math.Log, 0, 1e10)
	unary("Log2", math.Log2, 0, 1e10)
	unary("Log10", math.Log10, 0, 1e10)
	unary("Log1p", math.Log1p, -1, 100)
	unary("Logb", math.Logb, -1e10, 1e10)
	unary("Cbrt", math.Cbrt, -1e9, 1e9)
	unary("Erf", math.Erf, -6, 6)
	unary("Erfc", math.Erfc, -6, 30)
	unary("Erfinv", math.Erfinv, -1, 1)
	unary("Erfcinv", math.Erfcinv, 0, 2)
	unary("Gamma", math.Gamma, -30, 180)
	unary("Lgamma", func(x float64) float64 {
		l, sign := math.Lgamma(x)
		return l * float64(sign)
	}, -30, 1e5)
	unary("J0", math.J0, -100, 100)
	unary("J1", math.J1, -100, 100)
	unary("Y0", math.Y0, 0, 100)
	unary("Y1", math.Y1, 0, 100)
	unary("Jn3", func(x float64) float64 { return math.Jn(3, x) }, -50, 50)
	unary("Yn2", func(x float64) float64 { return math.Yn(2, x) }, 0, 50)
	unary("Sincos", func(x float64) float64 {
		s, c := math.Sincos(x)
		return s*3 + c
	}, -20, 20)
	binary("Pow", math.Pow, -10, 10)
	binary("Atan2", math.Atan2, -5, 5)
	binary("Hypot", math.Hypot, -1e5, 1e5)
	binary("Remainder", math.Remainder, -100, 100)
	binary("FMA", func(x, y float64) float64 { return math.FMA(x, y, -x*y) }, -1e3, 1e3)
	s := uint64(14695981039346656037)
	for n := -330; n <= 330; n++ {
		s = sum(s, math.Pow10(n))
	}
	println("Pow10", s)
}
