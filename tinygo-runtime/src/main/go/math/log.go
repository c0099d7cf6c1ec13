package math

// The logarithm family: Log, Log2, Log10, Log1p, Logb and Ilogb. x = 2**k · (1+f) with
// 1+f in [√½, √2); with s = f/(2+f), log(1+f) = 2·atanh(s) = 2s + 2s³/3 + 2s⁵/5 + ...,
// and |s| <= 0.1716 makes eleven terms of that series enough. Since 2s = f - s·f, the
// sum is written log(1+f) = f - s·(f - R) with R = 2s²/3 + 2s⁴/5 + ..., which keeps
// the leading term exact. logDD gives the same logarithm as a double-double for Pow.

// logSplit returns k and f with x = 2**k · (1+f), 1+f in [√½, √2), for finite x > 0.
func logSplit(x float64) (k int, f float64) {
	b := Float64bits(x)
	if b&expMask == 0 { // subnormal
		b = Float64bits(x * (1 << 54))
		k = -54
	}
	k += int(b>>fracBits) - expBias
	m := Float64frombits(b&fracMask | uint64(expBias)<<fracBits) // in [1, 2)
	if m > Sqrt2 {
		m *= 0.5
		k++
	}
	return k, m - 1 // exact (Sterbenz)
}

// atanhTail returns R = 2z/3 + 2z²/5 + ... + 2z**11/23 for z = s², |z| <= 0.0295.
func atanhTail(z float64) float64 {
	return z * (2.0/3 + z*atanhRest(z))
}

// atanhRest returns (R - 2z/3)/z², the part of R that logDD keeps in float64.
func atanhRest(z float64) float64 {
	p := 2.0 / 23
	p = 2.0/21 + z*p
	p = 2.0/19 + z*p
	p = 2.0/17 + z*p
	p = 2.0/15 + z*p
	p = 2.0/13 + z*p
	p = 2.0/11 + z*p
	p = 2.0/9 + z*p
	p = 2.0/7 + z*p
	return 2.0/5 + z*p
}

// log1pSmall returns log(1+f) for 1+f in [√½, √2).
func log1pSmall(f float64) float64 {
	s := f / (2 + f)
	return f - s*(f-atanhTail(s*s))
}

// Log returns the natural logarithm of x.
//
// Special cases: Log(+Inf) = +Inf, Log(0) = -Inf, Log(x < 0) = NaN, Log(NaN) = NaN.
func Log(x float64) float64 {
	switch {
	case x != x || x > MaxFloat64:
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	k, f := logSplit(x)
	kf := float64(k)
	return kf*ln2Hi + (kf*ln2Lo + log1pSmall(f))
}

// logDD returns log(x) as a double-double hi+lo, for finite x > 0, with a relative
// error near 2**-70: the leading 2s and 2s³/3 are carried in double-double, the rest of
// the series (below 2**-12 of the result) in float64.
func logDD(x float64) (hi, lo float64) {
	k, f := logSplit(x)
	dh, dl := twoSum(2, f)
	sh := f / dh
	p, pe := twoProd(sh, dh)
	sl := (((f - p) - pe) - sh*dl) / dh // s = f/(2+f) = sh + sl
	zh, zl := ddMul(sh, sl, sh, sl)
	th, tl := ddMul(zh, zl, sh, sl)
	th, tl = ddMul(th, tl, 0x1.5555555555555p-1, 0x1.5555555555555p-55) // 2s³/3
	rest := sh * zh * zh * atanhRest(zh)
	hi, lo = ddAdd(2*sh, 2*sl, th, tl+rest)
	kf := float64(k)
	return ddAdd(kf*ln2Hi, kf*ln2Lo, hi, lo)
}

// Log2 returns the binary logarithm of x; exact powers of two give exact integers.
//
// The special cases are the same as for Log.
func Log2(x float64) float64 {
	if x != x || x <= 0 || x > MaxFloat64 {
		return Log(x)
	}
	frac, e := Frexp(x)
	if frac == 0.5 {
		return float64(e - 1)
	}
	h, l := logDD(x)
	h, l = ddMul(h, l, Log2E, 2.0355273740931033e-17)
	return h + l
}

// Log10 returns the decimal logarithm of x.
//
// The special cases are the same as for Log.
func Log10(x float64) float64 {
	if x != x || x <= 0 || x > MaxFloat64 {
		return Log(x)
	}
	h, l := logDD(x)
	h, l = ddMul(h, l, Log10E, 1.098319650216765e-17)
	return h + l
}

// Log1p returns the natural logarithm of 1+x, accurate also when x is near zero.
//
// Special cases: Log1p(+Inf) = +Inf, Log1p(±0) = ±0, Log1p(-1) = -Inf,
// Log1p(x < -1) = NaN, Log1p(NaN) = NaN.
func Log1p(x float64) float64 {
	switch {
	case x != x || x > MaxFloat64:
		return x
	case x < -1:
		return NaN()
	case x == -1:
		return Inf(-1)
	case Abs(x) < 0x1p-54:
		return x // also keeps the sign of zero
	}
	u := 1 + x
	if u > 0x1p53 {
		return Log(x)
	}
	// log(u) is exact for u; u-1 is exact too, and x/(u-1) corrects for the rounding of
	// 1+x to first order.
	k, f := logSplit(u)
	c := (x - (u - 1)) / u // the part of 1+x that u lost, relative to u
	kf := float64(k)
	return kf*ln2Hi + (kf*ln2Lo + (log1pSmall(f) + c))
}

// Logb returns the binary exponent of x, as a float64.
//
// Special cases: Logb(±Inf) = +Inf, Logb(0) = -Inf, Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case x != x:
		return x
	case IsInf(x, 0):
		return Inf(1)
	}
	return float64(ilogb(x))
}

// Ilogb returns the binary exponent of x, as an int.
//
// Special cases: Ilogb(±Inf) = MaxInt32, Ilogb(0) = MinInt32, Ilogb(NaN) = MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x != x || IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// ilogb returns the exponent e of a finite nonzero x, with |x| in [2**e, 2**(e+1)).
func ilogb(x float64) int {
	_, e := Frexp(x)
	return e - 1
}
