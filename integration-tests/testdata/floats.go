// Floating point: arithmetic, comparisons, conversions, NaN and infinities, and the
// builtin print format (+1.500000e+000), on every target (soft float on chips without
// an FPU).
package main

func main() {
	var z float64
	println(1.5, -2.0, 0.0, z, -z, 123456789.0, 1e300*10, -1e300*10, 0.1, 1.0/3, 9.9999995, 1e-320)
	var f32 float32 = 0.1
	println(f32, float32(1)/3)
	nan := z / z
	println(nan, nan == nan, 1/z, -1/z)
	x, y := 7.5, 2.0
	println(x+y, x-y, x*y, x/y, x < y, x >= y, -x, int(x), int64(-x), uint8(x))
	var i int = -3
	println(float64(i), float32(i)*2)
}
