package math

// Gamma and Lgamma. For y >= 10, Stirling's series
// ln Γ(y) = (y-½)·ln y - y + ½·ln 2π + Σ B₂ₖ/(2k(2k-1)·y**(2k-1)), with the Bernoulli
// numbers B₂ to B₁₆, is carried in double-double (stirlingDD). Smaller arguments are
// shifted up with Γ(x) = Γ(x+n)/(x(x+1)···(x+n-1)), the product also in double-double,
// so that Gamma ends in a single exponential of a double-double. Around the zeros of
// ln Γ at 1 and 2, Lgamma uses the series ln Γ(1+z) = -γz + Σ ζ(k)/k·(-z)**k and
// ln Γ(2+z) = (1-γ)z + Σ (ζ(k)-1)/k·(-z)**k instead. Far into the negative numbers both
// use the reflection Γ(x)·Γ(1-x) = π/sin(πx).

// zetaTerms holds (ζ(k)-1)/k for k = 2..30, computed once with arbitrary precision.
var zetaTerms = [...]float64{
	0.3224670334241132,     // k = 2
	0.0673523010531981,     // k = 3
	0.020580808427784546,   // k = 4
	0.007385551028673986,   // k = 5
	0.0028905103307415234,  // k = 6
	0.001192753911703261,   // k = 7
	0.0005096695247430425,  // k = 8
	0.00022315475845357939, // k = 9
	9.945751278180853e-05,  // k = 10
	4.492623673813314e-05,  // k = 11
	2.050721277567069e-05,  // k = 12
	9.439488275268397e-06,  // k = 13
	4.374866789907488e-06,  // k = 14
	2.039215753801366e-06,  // k = 15
	9.55141213040742e-07,   // k = 16
	4.492469198764566e-07,  // k = 17
	2.1207184805554665e-07, // k = 18
	1.0043224823968099e-07, // k = 19
	4.7698101693639804e-08, // k = 20
	2.2711094608943164e-08, // k = 21
	1.0838659214896955e-08, // k = 22
	5.183475041970047e-09,  // k = 23
	2.4836745438024785e-09, // k = 24
	1.1921401405860912e-09, // k = 25
	5.731367241678862e-10,  // k = 26
	2.7595228851242334e-10, // k = 27
	1.330476437424449e-10,  // k = 28
	6.4229645638381e-11,    // k = 29
	3.1044247747322276e-11, // k = 30
}

// Euler-Mascheroni constant γ.
const eulerGamma = 0.57721566490153286060651209008240243104215933593992

// ½·ln 2π and ln π as double-doubles.
const (
	halfLn2PiHi = 0x1.d67f1c864beb5p-1
	halfLn2PiLo = -3.8782941580672414e-17
	lnPiHi      = 0x1.250d048e7a1bdp+0
	lnPiLo      = 1.0265951162707826e-17
)

// stirlingDD returns ln Γ(y+yl) as a double-double for y >= 10, yl tiny beside y.
func stirlingDD(y, yl float64) (hi, lo float64) {
	lh, ll := logDD(y)
	mh, ml := twoSum(y, -0.5)
	hi, lo = ddMul(mh, ml, lh, ll)
	hi, lo = ddAdd(hi, lo, -y, 0)
	hi, lo = ddAdd(hi, lo, halfLn2PiHi, halfLn2PiLo)
	w := 1 / y
	z := w * w
	s := -3617.0 / 122400
	s = 1.0/156 + z*s
	s = -691.0/360360 + z*s
	s = 1.0/1188 + z*s
	s = -1.0/1680 + z*s
	s = 1.0/1260 + z*s
	s = -1.0/360 + z*s
	s = 1.0/12 + z*s
	// the series, and the first-order effect of yl: d/dy ln Γ(y) ≈ ln y - 1/(2y)
	return ddAdd(hi, lo, w*s+yl*(lh-0.5*w), 0)
}

// sinPi returns sin(π·x) for finite x, exact at the integers.
func sinPi(x float64) float64 {
	t := x - 2*Floor(0.5*x+0.5) // x modulo 2 in [-1, 1), exact
	neg := t < 0
	t = Abs(t)
	if t > 0.5 {
		t = 1 - t // sin(π(1-t)) = sin(πt), exact
	}
	var s float64
	if t <= 0.25 {
		h, l := twoProd(piHi, t)
		s = sinKernel(h, l+piLo*t)
	} else {
		u := 0.5 - t // exact
		h, l := twoProd(piHi, u)
		s = cosKernel(h, l+piLo*u)
	}
	if neg {
		return -s
	}
	return s
}

// shiftUp returns y+yl = x+n >= 10 and the product P = x(x+1)···(x+n-1) as ph+pl, for
// x < 10 (P = 1 when x >= 10).
func shiftUp(x float64) (y, yl, ph, pl float64) {
	ph = 1
	y = x
	for i := 0.0; y < 10; i++ {
		s, se := twoSum(x, i)
		ph, pl = ddMul(ph, pl, s, se)
		y, yl = twoSum(x, i+1)
	}
	return
}

// Gamma returns the Gamma function of x.
//
// Special cases: Gamma(+Inf) = +Inf, Gamma(+0) = +Inf, Gamma(-0) = -Inf,
// Gamma(x) = NaN for integer x < 0, Gamma(-Inf) = NaN, Gamma(NaN) = NaN.
func Gamma(x float64) float64 {
	switch {
	case x != x || IsInf(x, -1) || x < 0 && Trunc(x) == x:
		return NaN()
	case x == 0:
		return Copysign(Inf(1), x)
	case x > 171.625:
		return Inf(1)
	case x >= 1 && x <= 23 && Trunc(x) == x:
		r := 1.0
		for i := 2.0; i < x; i++ {
			r *= i // (x-1)! is exact in float64 up to 22!
		}
		return r
	}
	if x <= -20 {
		// Γ(x) = π/(sin(πx)·Γ(1-x)), the quotient taken in the exponent
		s := sinPi(x)
		if x < -190 {
			return Copysign(0, s) // below the smallest subnormal
		}
		y, yl := twoSum(1, -x)
		eh, el := stirlingDD(y, yl)
		sh, sl := logDD(Abs(s))
		eh, el = ddAdd(eh, el, sh, sl)
		eh, el = ddAdd(lnPiHi, lnPiLo, -eh, -el)
		return Copysign(expDD(eh, el), s)
	}
	y, yl, ph, pl := shiftUp(x)
	eh, el := stirlingDD(y, yl)
	if ph != 1 || pl != 0 {
		lh, ll := logDD(Abs(ph))
		eh, el = ddAdd(eh, el, -lh, -ll-pl/ph)
	}
	return Copysign(expDD(eh, el), ph)
}

// lgammaNear1 returns ln Γ(1+z) for |z| <= ¼.
func lgammaNear1(z float64) float64 {
	t := -z // (-z)**k
	s := 0.0
	for k := 2; k <= 30; k++ {
		t *= -z
		s += (1/float64(k) + zetaTerms[k-2]) * t
	}
	return -eulerGamma*z + s
}

// lgammaNear2 returns ln Γ(2+z) for |z| <= ¼.
func lgammaNear2(z float64) float64 {
	t := -z
	s := 0.0
	for k := 2; k <= 30; k++ {
		t *= -z
		s += zetaTerms[k-2] * t
	}
	return (1-eulerGamma)*z + s
}

// Lgamma returns the natural logarithm and the sign (-1 or +1) of Gamma(x).
//
// Special cases: Lgamma(+Inf) = +Inf, Lgamma(0) = +Inf, Lgamma(-integer) = +Inf,
// Lgamma(-Inf) = -Inf, Lgamma(NaN) = NaN.
func Lgamma(x float64) (lgamma float64, sign int) {
	sign = 1
	switch {
	case x != x:
		return x, 1
	case IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	case x < 0 && Trunc(x) == x:
		return Inf(1), 1
	case x > 0x1p900:
		return x * (Log(x) - 1), 1
	case Abs(x-1) <= 0.25:
		return lgammaNear1(x - 1), 1
	case Abs(x-2) <= 0.25:
		return lgammaNear2(x - 2), 1
	case x >= 10:
		h, l := stirlingDD(x, 0)
		return h + l, 1
	case x <= -20:
		s := sinPi(x)
		if s < 0 {
			sign = -1
		}
		y, yl := twoSum(1, -x)
		eh, el := stirlingDD(y, yl)
		sh, sl := logDD(Abs(s))
		eh, el = ddAdd(eh, el, sh, sl)
		eh, el = ddAdd(lnPiHi, lnPiLo, -eh, -el)
		return eh + el, sign
	}
	y, yl, ph, pl := shiftUp(x)
	eh, el := stirlingDD(y, yl)
	lh, ll := logDD(Abs(ph))
	eh, el = ddAdd(eh, el, -lh, -ll-pl/ph)
	if ph < 0 {
		sign = -1
	}
	return eh + el, sign
}
