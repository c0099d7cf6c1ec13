package math

// The hyperbolic functions and their inverses, from the exponential and logarithm
// through identities that avoid cancellation: with E = e**|x| - 1 (Expm1),
// sinh|x| = (E + E/(E+1))/2 and tanh|x| = E'/(E'+2) for E' = e**(2|x|) - 1; the
// inverses go through Log1p where their argument is near the point where they vanish.

// Sinh returns the hyperbolic sine of x.
//
// Special cases: Sinh(±0) = ±0, Sinh(±Inf) = ±Inf, Sinh(NaN) = NaN.
func Sinh(x float64) float64 {
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	a := Abs(x)
	var s float64
	switch {
	case a < 1:
		s = a + a*sinhTail(a*a)
	case a < 22:
		e := Expm1(a)
		s = 0.5 * (e + e/(e+1))
	case a <= expOverflow:
		s = 0.5 * Exp(a) // e**-a is below the last bit
	default:
		// e**a/2 = (e**(a/2)/2)·e**(a/2) may still be finite
		h := Exp(0.5 * a)
		s = (0.5 * h) * h
	}
	return Copysign(s, x)
}

// Cosh returns the hyperbolic cosine of x.
//
// Special cases: Cosh(±0) = 1, Cosh(±Inf) = +Inf, Cosh(NaN) = NaN.
func Cosh(x float64) float64 {
	a := Abs(x)
	switch {
	case a != a:
		return a
	case a < 22:
		e := Exp(a)
		return 0.5*e + 0.5/e
	case a <= expOverflow:
		return 0.5 * Exp(a)
	}
	h := Exp(0.5 * a)
	return (0.5 * h) * h
}

// Tanh returns the hyperbolic tangent of x.
//
// Special cases: Tanh(±0) = ±0, Tanh(±Inf) = ±1, Tanh(NaN) = NaN.
func Tanh(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	a := Abs(x)
	if a > 22 {
		return Copysign(1, x) // 1 - tanh is below half an ulp of 1
	}
	e := Expm1(2 * a)
	return Copysign(e/(e+2), x)
}

// Asinh returns the inverse hyperbolic sine of x.
//
// Special cases: Asinh(±0) = ±0, Asinh(±Inf) = ±Inf, Asinh(NaN) = NaN.
func Asinh(x float64) float64 {
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	a := Abs(x)
	var r float64
	switch {
	case a > 0x1p28:
		r = Log(a) + Ln2 // sqrt(a²+1) is a to within 2**-56
	case a > 2:
		r = Log(2*a + 1/(a+Sqrt(a*a+1)))
	default:
		// asinh(a) = log1p(a + a²/(1 + sqrt(1+a²)))
		r = Log1p(a + a*a/(1+Sqrt(1+a*a)))
	}
	return Copysign(r, x)
}

// Acosh returns the inverse hyperbolic cosine of x.
//
// Special cases: Acosh(+Inf) = +Inf, Acosh(x) = NaN if x < 1, Acosh(NaN) = NaN.
func Acosh(x float64) float64 {
	switch {
	case x != x || x > MaxFloat64:
		return x
	case x < 1:
		return NaN()
	case x > 0x1p28:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1 // exact
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
//
// Special cases: Atanh(1) = +Inf, Atanh(±0) = ±0, Atanh(-1) = -Inf,
// Atanh(x) = NaN if x < -1 or x > 1, Atanh(NaN) = NaN.
func Atanh(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	a := Abs(x)
	switch {
	case a > 1:
		return NaN()
	case a == 1:
		return Copysign(Inf(1), x)
	}
	if a <= 0.17 {
		// the series a + a³/3 + a⁵/5 + ..., which is log.go's 2·atanh series halved
		return x + 0.5*x*atanhTail(x*x)
	}
	// atanh(a) = log(q)/2 with q = (1+a)/(1-a) carried as q + ql: the rounding of q is
	// corrected by ql/q
	nh, nl := twoSum(1, a)
	dh, dl := twoSum(1, -a)
	q := nh / dh
	p, pe := twoProd(q, dh)
	ql := (((nh - p) - pe) + nl - q*dl) / dh
	return Copysign(0.5*(Log(q)+ql/q), x)
}

// sinhTail returns (sinh(a) - a)/a for z = a² <= 1: the Taylor series to a**21/21!.
func sinhTail(z float64) float64 {
	p := 1.0 / 51090942171709440000 // 1/21!
	p = 1.0/121645100408832000 + z*p
	p = 1.0/355687428096000 + z*p
	p = 1.0/1307674368000 + z*p
	p = 1.0/6227020800 + z*p
	p = 1.0/39916800 + z*p
	p = 1.0/362880 + z*p
	p = 1.0/5040 + z*p
	p = 1.0/120 + z*p
	p = 1.0/6 + z*p
	return z * p
}
