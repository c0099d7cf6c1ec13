// targets: host wasi wasm cortex-m-qemu microbit arduino
// Package math's exactly defined functions against Go's: bit access, classification,
// rounding, Frexp/Ldexp/Modf, Mod, Nextafter, Max/Min/Dim and the correctly rounded
// Sqrt, on ordinary, boundary, subnormal and special values.
package main

import "math"

func main() {
	xs := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 3.7, -3.7, 1e300,
		-1e-300, 5e-324, 2.2250738585072014e-308, 1 << 53, 4503599627370495.5, math.MaxFloat64, math.Inf(1),
		math.Inf(-1), math.NaN(), 2, 10, 1e-10, 123456.789}
	for _, x := range xs {
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		println(x, math.Float64bits(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.Abs(x))
		println(" ", math.Trunc(x), math.Floor(x), math.Ceil(x), math.Round(x), math.RoundToEven(x), fr, ex, ip, fp)
		println(" ", math.Sqrt(x), math.Ldexp(fr, ex) == x || x != x, math.Ldexp(x, -1074), math.Ldexp(x, 1000),
			math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)))
		for _, y := range []float64{3, -0.7, 1e-300, math.Inf(1), 0, math.NaN()} {
			print(" ", math.Mod(x, y), math.Max(x, y), math.Min(x, y), math.Dim(x, y))
		}
		println()
	}
	for i := 0; i < 2000; i++ {
		v := float64(i)*0.37 + 1e-3
		s := math.Sqrt(v)
		if s*s != v && math.Nextafter(s, 0)*math.Nextafter(s, 0) == v {
			println("sqrt not nearest", v)
		}
	}
	println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64frombits(0x3ff8000000000000))
	println(int64(math.MaxInt64), int64(math.MinInt64), uint32(math.MaxUint32), math.MaxInt8, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Pi)
	println(math.Sqrt(2), math.Sqrt(3), math.Sqrt(1e-320), math.Sqrt(math.MaxFloat64), math.Ldexp(0.75, -1073), math.Ldexp(0.5, -1075))
}
