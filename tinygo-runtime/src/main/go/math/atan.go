package math

// The inverse trigonometric functions: Atan, Atan2, Asin and Acos, all built on
// atanDD. For 0 <= x <= 1 it picks c = k/8 nearest x and uses
// atan(x) = atan(c) + atan((x-c)/(1+x·c)); the second argument stays within 1/16, where
// nine terms of atan's Taylor series suffice. The values atan(k/8) were computed once
// with arbitrary precision and are kept as double-doubles.

// atanTable holds atan(k/8) for k = 1..8 as hi, lo pairs.
var atanTable = [...][2]float64{
	{0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59},
	{0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57},
	{0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56},
	{0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56},
	{0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58},
	{0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56},
	{0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56},
	{0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55},
}

// π as a double-double.
const (
	piHi = 0x1.921fb54442d18p+1
	piLo = 0x1.1a62633145c07p-53
)

// atanSeries returns atan(t) for |t| <= 1/16 (terms to t**17/17).
func atanSeries(t float64) float64 { return t + atanTail(t) }

// atanTail returns atan(t) - t for |t| <= 1/16.
func atanTail(t float64) float64 {
	z := t * t
	p := 1.0 / 17
	p = -1.0/15 + z*p
	p = 1.0/13 + z*p
	p = -1.0/11 + z*p
	p = 1.0/9 + z*p
	p = -1.0/7 + z*p
	p = 1.0/5 + z*p
	p = -1.0/3 + z*p
	return t * z * p
}

// atanDD returns atan(x+xl) as a double-double for 0 <= x <= 1.
func atanDD(x, xl float64) (hi, lo float64) {
	k := int(x*8 + 0.5)
	if k == 0 {
		return fastTwoSum(x, xl/(1+x*x)+atanTail(x))
	}
	c := float64(k) / 8
	t := (x - c + xl) / (1 + x*c) // x - c is exact
	a := atanTable[k-1]
	return fastTwoSum(a[0], a[1]+atanSeries(t))
}

// atanPos returns atan(x) as a double-double for x >= 0 (including +Inf).
func atanPos(x float64) (hi, lo float64) {
	if x <= 1 {
		return atanDD(x, 0)
	}
	if x > 0x1p60 {
		return pio2Hi, pio2Lo - 1/x
	}
	// atan(x) = π/2 - atan(1/x), with 1/x carried as u + ul
	u := 1 / x
	p, pe := twoProd(u, x)
	ul := ((1 - p) - pe) / x
	h, l := atanDD(u, ul)
	return ddAdd(pio2Hi, pio2Lo, -h, -l)
}

// Atan returns the arctangent, in radians, of x.
//
// Special cases: Atan(±0) = ±0, Atan(±Inf) = ±Pi/2.
func Atan(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	h, l := atanPos(Abs(x))
	return Copysign(h+l, x)
}

// Atan2 returns the arc tangent of y/x, using the signs of both to find the quadrant.
//
// Special cases (checked in this order):
//
//	Atan2(y, NaN) = NaN
//	Atan2(NaN, x) = NaN
//	Atan2(+0, x>=0) = +0
//	Atan2(-0, x>=0) = -0
//	Atan2(+0, x<=-0) = +Pi
//	Atan2(-0, x<=-0) = -Pi
//	Atan2(y>0, 0) = +Pi/2
//	Atan2(y<0, 0) = -Pi/2
//	Atan2(+Inf, +Inf) = +Pi/4
//	Atan2(-Inf, +Inf) = -Pi/4
//	Atan2(+Inf, -Inf) = 3Pi/4
//	Atan2(-Inf, -Inf) = -3Pi/4
//	Atan2(y, +Inf) = 0
//	Atan2(y>0, -Inf) = +Pi
//	Atan2(y<0, -Inf) = -Pi
//	Atan2(+Inf, x) = +Pi/2
//	Atan2(-Inf, x) = -Pi/2
func Atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0:
		if x > 0 || x == 0 && !Signbit(x) {
			return y // keeps the sign of zero
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(y, 0) {
			if x > 0 {
				return Copysign(Pi/4, y)
			}
			return Copysign(3*Pi/4, y)
		}
		if x > 0 {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	ay, ax := Abs(y), Abs(x)
	var h, l float64
	if ay <= ax {
		q := ay / ax
		p, pe := twoProd(q, ax)
		ql := ((ay - p) - pe) / ax // q + ql = |y/x| to double-double precision
		if q > 1 {                 // only by rounding
			q, ql = 1, 0
		}
		h, l = atanDD(q, ql)
	} else {
		q := ax / ay
		p, pe := twoProd(q, ay)
		ql := ((ax - p) - pe) / ay
		if q > 1 {
			q, ql = 1, 0
		}
		h, l = atanDD(q, ql)
		h, l = ddAdd(pio2Hi, pio2Lo, -h, -l)
	}
	if x < 0 {
		h, l = ddAdd(piHi, piLo, -h, -l)
	}
	return Copysign(h+l, y)
}

// Asin returns the arcsine, in radians, of x.
//
// Special cases: Asin(±0) = ±0, Asin(x) = NaN if x < -1 or x > 1.
func Asin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	a := Abs(x)
	if a > 1 {
		return NaN()
	}
	// asin(a) = atan2(a, sqrt(1-a²)), with 1-a² = (1-a)(1+a) formed without cancellation
	return Copysign(Atan2(a, Sqrt((1-a)*(1+a))), x)
}

// Acos returns the arccosine, in radians, of x.
//
// Special case: Acos(x) = NaN if x < -1 or x > 1.
func Acos(x float64) float64 {
	if x != x || Abs(x) > 1 {
		return NaN()
	}
	if Abs(x) <= 0.5 {
		// π/2 - asin(x), with asin(x) = atan(x/sqrt(1-x²)) as a double-double
		s := Sqrt((1 - x) * (1 + x))
		h, l := atanDD(Abs(x)/s, 0)
		if x < 0 {
			h, l = -h, -l
		}
		h, l = ddAdd(pio2Hi, pio2Lo, -h, -l)
		return h + l
	}
	if x > 0 {
		// acos(x) = 2·atan(sqrt((1-x)/(1+x))), small beside 1 near x = 1
		h, l := atanPos(Sqrt((1 - x) / (1 + x)))
		return 2 * (h + l)
	}
	h, l := atanPos(Sqrt((1 + x) / (1 - x)))
	h, l = ddAdd(piHi, piLo, -2*h, -2*l)
	return h + l
}
