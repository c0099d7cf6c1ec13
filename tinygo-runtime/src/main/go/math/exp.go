package math

// The exponential family: Exp, Exp2, Expm1 and Pow10. Each reduces its argument to
// r = x - k·ln2 with |r| <= ln2/2 (Cody and Waite: ln2 is split into a 32-bit head, so
// k·head is exact for every k that does not overflow, and a tail), evaluates the Taylor
// series of e**r - 1 (to r**18/18!, which also serves Expm1 directly up to 1), and
// scales by 2**k. Pow10 multiplies double-double powers 10**(32j), computed once with
// arbitrary precision, by exact powers of ten up to 10**22.

// ln2 = ln2Hi + ln2Lo, with ln2Hi holding the first 32 significant bits.
const (
	ln2Hi = 0x1.62e42fee00000p-1
	ln2Lo = 0x1.a39ef35793c76p-33
)

// Thresholds: e**x overflows above ln(MaxFloat64) and rounds to 0 below
// ln(SmallestNonzeroFloat64 / 2).
const (
	expOverflow  = 709.782712893383973096
	expUnderflow = -745.1332191019411
)

// expm1Series returns e**r - 1 for |r| <= 1, from the Taylor series (to r**18/18!).
func expm1Series(r float64) float64 {
	p := 1.0 / 6402373705728000 // 1/18!
	p = 1.0/355687428096000 + r*p
	p = 1.0/20922789888000 + r*p
	p = 1.0/1307674368000 + r*p
	p = 1.0/87178291200 + r*p
	p = 1.0/6227020800 + r*p
	p = 1.0/479001600 + r*p
	p = 1.0/39916800 + r*p
	p = 1.0/3628800 + r*p
	p = 1.0/362880 + r*p
	p = 1.0/40320 + r*p
	p = 1.0/5040 + r*p
	p = 1.0/720 + r*p
	p = 1.0/120 + r*p
	p = 1.0/24 + r*p
	p = 1.0/6 + r*p
	p = 0.5 + r*p
	return r + r*r*p
}

// expReduce splits x+xl into k and r+rl with x+xl = k·ln2 + r+rl and |r| <= ln2/2.
// |x| must be below about 2**20.
func expReduce(x, xl float64) (k int, r, rl float64) {
	kf := Floor(x*Log2E + 0.5)
	hi := x - kf*ln2Hi // exact: kf*ln2Hi is exact and close to x
	lo := xl - kf*ln2Lo
	r, rl = twoSum(hi, lo)
	return int(kf), r, rl
}

// expDD returns e**(x+xl) for a double-double argument with x finite and below
// expOverflow; results below the normal range round once more through Ldexp.
func expDD(x, xl float64) float64 {
	k, r, rl := expReduce(x, xl)
	p := expm1Series(r)
	m := 1 + (p + rl*(1+p))
	return Ldexp(m, k)
}

// Exp returns e**x.
//
// Special cases: Exp(+Inf) = +Inf, Exp(NaN) = NaN; very large arguments overflow to
// +Inf and very small ones underflow to 0.
func Exp(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > expOverflow:
		return Inf(1)
	case x < expUnderflow:
		return 0
	}
	return expDD(x, 0)
}

// Exp2 returns 2**x.
//
// Special cases are the same as for Exp.
func Exp2(x float64) float64 {
	switch {
	case x != x:
		return x
	case x >= 1024:
		return Inf(1)
	case x < -1075:
		return 0
	}
	k := Floor(x + 0.5)
	f := x - k // exact, |f| <= 1/2
	h, l := twoProd(f, Ln2)
	l += f * 2.319046813846299558417771e-17 // the part of ln2 below float64(Ln2)
	k2, r, rl := expReduce(h, l)            // k2 is 0 except at |f| = 1/2
	p := expm1Series(r)
	return Ldexp(1+(p+rl*(1+p)), int(k)+k2)
}

// Expm1 returns e**x - 1, accurate also when x is near zero.
//
// Special cases: Expm1(+Inf) = +Inf, Expm1(-Inf) = -1, Expm1(NaN) = NaN; very large
// arguments overflow to +Inf.
func Expm1(x float64) float64 {
	switch {
	case x != x || x == 0:
		return x // keeps the sign of zero
	case x > expOverflow:
		return Inf(1)
	case x < -40:
		return -1 // e**x is below half an ulp of 1
	case -0.5*Ln2 <= x && x <= 1:
		// on (ln2/2, 1] the reduction below would give k = 1 and (2-1) + 2·p would
		// double the rounding error of p; the series still converges fast there
		return expm1Series(x)
	}
	k, r, rl := expReduce(x, 0)
	p := expm1Series(r)
	p += rl * (1 + p) // e**(r+rl) - 1
	if k > 56 {
		return Ldexp(1+p, k) // the -1 is below the result's last bit
	}
	t := Ldexp(1, k)
	return (t - 1) + t*p
}

// pow10Big holds 10**(32j) for j = 0..10 as (hi+lo)·2**e with hi in [1, 2).
var pow10Big = [...]struct {
	hi, lo float64
	e      int
}{
	{0x1.0000000000000p+0, 0x0.0p+0, 0},
	{0x1.3b8b5b5056e17p+0, -0x1.3107f00000000p-54, 106},
	{0x1.84f03e93ff9f5p+0, -0x1.2ac340948e389p-55, 212},
	{0x1.df67562d8b363p+0, -0x1.ae9d180b58861p-54, 318},
	{0x1.27748f9301d32p+0, -0x1.901cc86649e4ap-54, 425},
	{0x1.6c2d4256ffcc3p+0, -0x1.56a2119e533adp-57, 531},
	{0x1.c0e1ef1a724ebp+0, -0x1.4abd220ed605cp-54, 637},
	{0x1.14a52dffc6799p+0, 0x1.2f82bd6b70d9ap-55, 744},
	{0x1.54fdd7f73bf3cp+0, -0x1.7222446fe4670p-55, 850},
	{0x1.a44df832b8d46p+0, -0x1.ce31f3444e400p-57, 956},
	{0x1.03085e53e599cp+0, 0x1.baf3508ac1807p-54, 1063},
}

// Pow10 returns 10**n.
//
// Special cases: Pow10(n) = 0 for n < -323 and +Inf for n > 308.
func Pow10(n int) float64 {
	if n < -323 {
		return 0
	}
	if n > 308 {
		return Inf(1)
	}
	a := n
	if a < 0 {
		a = -a
	}
	b := pow10Big[a/32]
	h, l := b.hi, b.lo
	for i := a % 32; i > 0; {
		s := i
		if s > 22 {
			s = 22
		}
		f := 1.0
		for j := 0; j < s; j++ {
			f *= 10 // exact: 10**22 = 5**22 · 2**22 and 5**22 < 2**53
		}
		h, l = ddMul(h, l, f, 0)
		i -= s
	}
	return pow10Finish(h, l, b.e, n < 0)
}

// pow10Finish rounds (h+l)·2**e, or its reciprocal when recip is set.
func pow10Finish(h, l float64, e int, recip bool) float64 {
	if !recip {
		return Ldexp(h+l, e)
	}
	q := 1 / h
	p, pe := twoProd(q, h)
	rem := ((1 - p) - pe) - q*l // 1 - q·(h+l)
	return Ldexp(q+q*rem, -e)
}
