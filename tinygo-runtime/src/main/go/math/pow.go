package math

// Powers and roots: Pow, Cbrt and Hypot. Pow computes e**(y·log|x|) with log|x| and
// the product carried as double-doubles (logDD, twoProd), so that an argument of the
// exponential as large as ±745 keeps its absolute error near 2**-60 and the result
// stays within about one ulp; the sign and the documented special cases come first.

// isOddInt reports whether y is an odd integer.
func isOddInt(y float64) bool {
	if Abs(y) >= 1<<53 {
		return false // every float64 this large is even
	}
	t := Trunc(y)
	return t == y && int64(t)&1 == 1
}

// Pow returns x**y.
//
// Special cases (checked in this order):
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		case isOddInt(y):
			return x
		}
		return 0
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if x < 0 {
			return Pow(1/x, -y) // 1/-Inf is -0
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	neg := false
	if x < 0 {
		if Trunc(y) != y {
			return NaN()
		}
		neg = isOddInt(y)
		x = -x
	}
	var r float64
	if Abs(y) > 0x1p64 {
		// |log x| >= 2**-53 for x != 1, so |y·log x| is far beyond the range of float64
		if (x > 1) == (y > 0) {
			r = Inf(1)
		}
	} else {
		lh, ll := logDD(x)
		zh, zl := twoProd(y, lh)
		zl += y * ll
		zh, zl = fastTwoSum(zh, zl)
		switch {
		case zh > expOverflow+1:
			r = Inf(1)
		case zh < expUnderflow-1:
			r = 0
		default:
			r = expDD(zh, zl)
		}
	}
	if neg {
		return -r
	}
	return r
}

// Cbrt returns the cube root of x.
//
// Special cases: Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf, Cbrt(NaN) = NaN.
func Cbrt(x float64) float64 {
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	a := Abs(x)
	frac, e := Frexp(a) // a = frac · 2**e, frac in [½, 1)
	q := e / 3
	rem := e - 3*q
	if rem < 0 {
		rem += 3
		q--
	}
	m := Ldexp(frac, rem) // a = m · 2**(3q), m in [½, 4)
	// start from a line through the cube root on [½, 4), then Newton steps; each
	// roughly triples the correct digits from the starting 1.5
	y := 0.65 + 0.36*m
	for i := 0; i < 5; i++ {
		y -= (y - m/(y*y)) / 3
	}
	// one last correction with y³ carried exactly: y += (m - y³)/(3y²)
	y2h, y2l := twoProd(y, y)
	y3h, y3l := ddMul(y2h, y2l, y, 0)
	y += ((m - y3h) - y3l) / (3 * y2h)
	return Copysign(Ldexp(y, q), x)
}

// Hypot returns Sqrt(p*p + q*q) without overflow or underflow in the squares.
//
// Special cases: Hypot(±Inf, q) = +Inf, Hypot(p, ±Inf) = +Inf, Hypot(NaN, q) = NaN,
// Hypot(p, NaN) = NaN.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case p != p || q != q:
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	// scale p to [1, 2) so that neither square can overflow or underflow, and carry
	// p² + q² in double-double so that only the square root rounds noticeably
	_, e := Frexp(p)
	p = Ldexp(p, 1-e)
	q = Ldexp(q, 1-e)
	ph, pl := twoProd(p, p)
	qh, ql := twoProd(q, q)
	sh, sl := ddAdd(ph, pl, qh, ql)
	r := Sqrt(sh)
	// one Newton correction for the low part: sqrt(s+d) ≈ r + (s+d - r²)/(2r)
	rh, rl := twoProd(r, r)
	r += (((sh - rh) - rl) + sl) / (2 * r)
	return Ldexp(r, e-1)
}
