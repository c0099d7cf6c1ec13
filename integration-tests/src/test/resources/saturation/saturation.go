// Float-to-integer conversions of values outside the integer's range, which Go leaves
// to the implementation: tinygo4j saturates to the type's minimum or maximum and turns
// NaN into 0, on every target. The expected output is in FloatSaturationTest.
package main

//go:noinline
func f64(bits uint64) float64 {
	switch bits {
	case 0:
		return 300.75
	case 1:
		return -300.75
	case 2:
		return 1e30
	case 3:
		return -1e30
	case 4:
		z := 0.0
		return 1 / z
	}
	z := 0.0
	return z / z
}

func main() {
	for i := uint64(0); i < 6; i++ {
		f := f64(i)
		g := float32(f)
		println(int8(f), int16(f), int32(f), int64(f), uint8(f), uint16(f), uint32(f), uint64(f))
		println(int8(g), int16(g), int32(g), int64(g), uint8(g), uint16(g), uint32(g), uint64(g))
	}
}
