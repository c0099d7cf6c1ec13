package math

// Remainder (the IEEE 754 remainder, exact) and Nextafter32.

// Remainder returns the IEEE 754 remainder of x/y: x - n·y with n the integer nearest
// x/y (ties to even). The result is exact.
//
// Special cases: Remainder(±Inf, y) = NaN, Remainder(NaN, y) = NaN,
// Remainder(x, 0) = NaN, Remainder(x, ±Inf) = x, Remainder(x, NaN) = NaN.
func Remainder(x, y float64) float64 {
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := Signbit(x)
	x, y = Abs(x), Abs(y)
	if y <= MaxFloat64/2 {
		x = Mod(x, y+y) // now x < 2y; the parity of the quotient is unchanged
	}
	// subtract y once or twice so that |x| <= y/2, a tie going to the even quotient;
	// every subtraction here is exact (Sterbenz)
	if y < 0x1p-1021 {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		h := 0.5 * y
		if x > h {
			x -= y
			if x >= h {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// Nextafter32 returns the next representable float32 after x towards y.
//
// Special cases: Nextafter32(x, x) = x, Nextafter32(NaN, y) = NaN,
// Nextafter32(x, NaN) = NaN.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return Float32frombits(Float32bits(y)&(1<<31) | 1)
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
