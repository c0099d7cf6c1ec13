package math

// Sin, Cos, Tan and Sincos: after trigReduce, the Taylor series of sine (to r**19/19!)
// and cosine (to r**18/18!) on |r| <= π/4, where the first omitted term is below
// 2**-60 of the result. The low part rl of the reduced argument enters to first
// order: sin(r+rl) ≈ sin r + rl·cos r and cos(r+rl) ≈ cos r - rl·sin r.

// sinKernel returns sin(r+rl) for |r| <= about π/4.
func sinKernel(r, rl float64) float64 {
	z := r * r
	p := -1.0 / 121645100408832000 // -1/19!
	p = 1.0/355687428096000 + z*p
	p = -1.0/1307674368000 + z*p
	p = 1.0/6227020800 + z*p
	p = -1.0/39916800 + z*p
	p = 1.0/362880 + z*p
	p = -1.0/5040 + z*p
	p = 1.0/120 + z*p
	p = -1.0/6 + z*p
	return r + (r*z*p + rl*(1-0.5*z))
}

// cosKernel returns cos(r+rl) for |r| <= about π/4.
func cosKernel(r, rl float64) float64 {
	z := r * r
	p := 1.0 / 6402373705728000 // 1/18!
	p = -1.0/20922789888000 + z*p
	p = 1.0/87178291200 + z*p
	p = -1.0/479001600 + z*p
	p = 1.0/3628800 + z*p
	p = -1.0/40320 + z*p
	p = 1.0/720 + z*p
	p = -1.0/24 + z*p
	hz := 0.5 * z
	w := 1 - hz
	// (1-w)-hz recovers the rounding error of w; the rest is small beside 1
	return w + (((1 - w) - hz) + (z*z*(-p) - r*rl))
}

// Sin returns the sine of the radian argument x.
//
// Special cases: Sin(±0) = ±0, Sin(±Inf) = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	n, r, rl := trigReduce(Abs(x))
	var s float64
	switch n {
	case 0:
		s = sinKernel(r, rl)
	case 1:
		s = cosKernel(r, rl)
	case 2:
		s = -sinKernel(r, rl)
	default:
		s = -cosKernel(r, rl)
	}
	if neg {
		return -s
	}
	return s
}

// Cos returns the cosine of the radian argument x.
//
// Special cases: Cos(±Inf) = NaN, Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	n, r, rl := trigReduce(Abs(x))
	switch n {
	case 0:
		return cosKernel(r, rl)
	case 1:
		return -sinKernel(r, rl)
	case 2:
		return -cosKernel(r, rl)
	}
	return sinKernel(r, rl)
}

// Sincos returns Sin(x), Cos(x).
//
// Special cases: Sincos(±0) = ±0, 1; Sincos(±Inf) = NaN, NaN; Sincos(NaN) = NaN, NaN.
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if x != x || IsInf(x, 0) {
		return NaN(), NaN()
	}
	n, r, rl := trigReduce(Abs(x))
	s, c := sinKernel(r, rl), cosKernel(r, rl)
	switch n {
	case 1:
		s, c = c, -s
	case 2:
		s, c = -s, -c
	case 3:
		s, c = -c, s
	}
	if x < 0 {
		s = -s
	}
	return s, c
}

// Tan returns the tangent of the radian argument x.
//
// Special cases: Tan(±0) = ±0, Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	n, r, rl := trigReduce(Abs(x))
	var t float64
	if n&1 == 0 {
		t = sinKernel(r, rl) / cosKernel(r, rl)
	} else {
		t = -cosKernel(r, rl) / sinKernel(r, rl)
	}
	if x < 0 {
		return -t
	}
	return t
}
