package math

// The error function and its inverses. erf on |x| < ½ is its Taylor series. erfc on
// [½, 4¼) is a Taylor series around the nearest of thirty centres x0 (steps of ⅛),
// whose derivatives are erfc⁽ⁿ⁾(x0) = (-1)ⁿ·(2/√π)·Hₙ₋₁(x0)·e**-x0² with the Hermite
// polynomials Hₙ from their recurrence; erfc(x0) and (2/√π)·e**-x0² at the centres were
// computed once with arbitrary precision. Past 4¼, erfc(x) = e**-x²/√π · K(x) with
// Laplace's continued fraction K = 1/(x + ½/(x + 1/(x + (3/2)/(x + ...)))), evaluated
// backwards, and e**-x² taken from the double-double x².

// erfcCentres holds, for x0 = 0.5625 + 0.125·j, erfc(x0) as hi, lo and (2/√π)·e**-x0².
var erfcCentres = [...][3]float64{
	{0x1.b48eaee924501p-2, 0x1.ab2d71290b7aap-57, 0x1.a5074e2157620p-1},
	{0x1.52db785a98acap-2, -0x1.8eef7012e8df5p-56, 0x1.681ff24b4ab04p-1},
	{0x1.008c80a24ff10p-2, -0x1.66cf14bcad032p-56, 0x1.2a8dcede3673bp-1},
	{0x1.7aab97a554544p-3, -0x1.a558a46df5f67p-57, 0x1.dfca26f5bbf88p-2},
	{0x1.1043c1086777dp-3, 0x1.91608a4706a42p-58, 0x1.75a91a7f4d2edp-2},
	{0x1.7d3fa69816db5p-4, 0x1.81ace739008b7p-58, 0x1.1a0dc51a9934dp-2},
	{0x1.03d0ab9273b94p-4, -0x1.1c2fb565dcadep-60, 0x1.9cb5bd549b111p-3},
	{0x1.588cf12f4446bp-5, 0x1.3a42831ec7755p-59, 0x1.24a7b84d38971p-3},
	{0x1.bc6c1da1f3121p-6, 0x1.fbf90a59c8999p-60, 0x1.92470a61b6965p-4},
	{0x1.16b24cb8f8f92p-6, -0x1.9d194a11ca30dp-62, 0x1.0bf97e95f2a64p-4},
	{0x1.53c89d8bb3ddbp-7, -0x1.9e42624e454bfp-63, 0x1.5a08e85af27e0p-5},
	{0x1.9299afa0246a6p-8, -0x1.e613bc6b0debdp-62, 0x1.b1160991ff737p-6},
	{0x1.cf80d4afc3019p-9, -0x1.6aabfff1e020bp-63, 0x1.06ae13b0d3255p-6},
	{0x1.033197ec68c0ep-9, -0x1.b0615fb45c6ffp-63, 0x1.34d7dbc76d7e5p-7},
	{0x1.198fd6a0ee7bdp-10, 0x1.78dc7315b06e8p-64, 0x1.5ff2750fe7820p-8},
	{0x1.29082600643fdp-11, 0x1.8be7e5c848c07p-65, 0x1.84ba3004a50d0p-9},
	{0x1.30439c56dadf6p-12, 0x1.2900671ba2e85p-67, 0x1.a024365f771bdp-10},
	{0x1.2e984ed53e777p-13, 0x1.9c7db1f96e779p-72, 0x1.afc85e0f82e12p-11},
	{0x1.2422ed95a3235p-14, -0x1.8174270a3a7eap-68, 0x1.b23a5a23e4210p-12},
	{0x1.11c3bed8e716ap-15, -0x1.899ad47c9a36bp-70, 0x1.a740684026555p-13},
	{0x1.f1febf7a916aap-17, 0x1.b7c360a6e4aeap-72, 0x1.8fdc1b2dcf7b9p-14},
	{0x1.b792bbc489b04p-18, -0x1.a99758b268f91p-73, 0x1.6e2367dc27f95p-15},
	{0x1.7885ce9f67cdbp-19, -0x1.004a4c0a6b8a9p-73, 0x1.44f21e49054f2p-16},
	{0x1.38f2e86f38216p-20, -0x1.04a7333baf0fdp-74, 0x1.1783ceac28910p-17},
	{0x1.f8c0c2e2ce8dep-22, 0x1.ac2e9d31bb2d7p-76, 0x1.d21397ead99cbp-19},
	{0x1.8aee4cd06ec1bp-23, -0x1.519d0e06052c4p-79, 0x1.789fb715aae95p-20},
	{0x1.2bc82ab9d2302p-24, 0x1.4b5a3c94128b3p-78, 0x1.26f9df8519bd7p-21},
	{0x1.b9823c51276e1p-26, -0x1.a2e44396d39b5p-80, 0x1.bfd7555a3bd68p-23},
	{0x1.3b62b6aafb0c8p-27, -0x1.6da080c6bf63dp-82, 0x1.4980cb3c80949p-24},
	{0x1.b512a1fb1d8fcp-29, 0x1.9aa5e17595859p-84, 0x1.d5f3a8dea7357p-26},
}

// twoOverSqrtPi is 2/√π.
const twoOverSqrtPi = 1.12837916709551257389615890312154517168810125865799771368817144

// erfSmall returns erf(x) for |x| < ½: (2/√π)·Σ (-x²)ⁿ·x/(n!·(2n+1)), to n = 14.
func erfSmall(x float64) float64 {
	z := -x * x
	t := 1.0 // z**n / n!
	s := 0.0 // the sum without its first term 1
	for n := 1; n <= 14; n++ {
		t *= z / float64(n)
		s += t / float64(2*n+1)
	}
	// (2/√π)·x·(1+s) with 2/√π carried as a double-double
	p, pe := twoProd(twoOverSqrtPi, x)
	return p + (pe + 1.533545961316588e-17*x + p*s)
}

// erfcMid returns erfc(x) for ½ <= x < 4¼.
func erfcMid(x float64) float64 {
	j := int((x - 0.5) * 8)
	c := erfcCentres[j]
	x0 := 0.5625 + 0.125*float64(j)
	h := x - x0 // exact, |h| <= 1/16
	// Σ_{n>=2} Hₙ₋₁(x0)·(-h)ⁿ/n!; the first term, -h·H₀, is added apart below so
	// that its product with (2/√π)·e**-x0² can be carried exactly
	hPrev, hCur := 1.0, 2*x0 // H₀ and H₁
	t := -h
	s := 0.0
	for n := 2; n <= 17; n++ {
		t *= -h / float64(n)
		s += hCur * t
		// Hₙ = 2·x0·Hₙ₋₁ - 2(n-1)·Hₙ₋₂
		hPrev, hCur = hCur, 2*x0*hCur-2*float64(n-1)*hPrev
	}
	p, pe := twoProd(c[2], -h)
	r, re := twoSum(c[0], p)
	return r + (re + pe + c[1] + c[2]*s)
}

// erfcLarge returns erfc(x) for x >= 4¼.
func erfcLarge(x float64) float64 {
	p, pe := twoProd(x, x)
	if -p < expUnderflow {
		return 0
	}
	k := 0.0
	for n := 30; n > 0; n-- {
		k = (0.5 * float64(n)) / (x + k)
	}
	k = 1 / (x + k)
	return expDD(-p, -pe) * (k * (0.5 * twoOverSqrtPi))
}

// Erf returns the error function of x.
//
// Special cases: Erf(+Inf) = 1, Erf(-Inf) = -1, Erf(NaN) = NaN.
func Erf(x float64) float64 {
	a := Abs(x)
	switch {
	case x != x || x == 0:
		return x // keeps the sign of zero
	case a < 0.5:
		return erfSmall(x)
	case a > 6:
		return Copysign(1, x) // erfc(6) is below half an ulp of 1
	case a < 4.25:
		return Copysign(1-erfcMid(a), x)
	}
	return Copysign(1-erfcLarge(a), x)
}

// Erfc returns the complementary error function of x, 1 - Erf(x).
//
// Special cases: Erfc(+Inf) = 0, Erfc(-Inf) = 2, Erfc(NaN) = NaN.
func Erfc(x float64) float64 {
	a := Abs(x)
	var r float64
	switch {
	case x != x:
		return x
	case a < 0.5:
		return 1 - erfSmall(x)
	case a < 4.25:
		r = erfcMid(a)
	case a < 30:
		r = erfcLarge(a)
	}
	if x < 0 {
		return 2 - r
	}
	return r
}

// Erfinv returns the inverse error function of x.
//
// Special cases: Erfinv(1) = +Inf, Erfinv(-1) = -Inf, Erfinv(x) = NaN if x < -1 or
// x > 1, Erfinv(NaN) = NaN.
func Erfinv(x float64) float64 {
	a := Abs(x)
	switch {
	case x != x || a > 1:
		return NaN()
	case a == 1:
		return Copysign(Inf(1), x)
	case a == 0:
		return x
	}
	return Copysign(erfinvPos(a, 1-a), x)
}

// Erfcinv returns the inverse of Erfc(x).
//
// Special cases: Erfcinv(0) = +Inf, Erfcinv(2) = -Inf, Erfcinv(x) = NaN if x < 0 or
// x > 2, Erfcinv(NaN) = NaN.
func Erfcinv(x float64) float64 {
	switch {
	case x != x || x < 0 || x > 2:
		return NaN()
	case x == 0:
		return Inf(1)
	case x == 2:
		return Inf(-1)
	case x == 1:
		return 0
	case x > 1:
		return -erfinvPos(x-1, 2-x)
	}
	return erfinvPos(1-x, x)
}

// erfinvPos returns the y > 0 with erf(y) = a, given a in (0, 1) and c = 1-a
// (the more accurate of the two is used as the target).
func erfinvPos(a, c float64) float64 {
	// a first guess: the start of erf's inverse series for small a; for a near 1,
	// erfc(y) ≈ e**-y²/(y·√π) solved for y by a few fixed-point steps
	var y float64
	if a < 0.7 {
		y = (0.5 / twoOverSqrtPi) * a * (1 + Pi/12*a*a)
	} else {
		y = Sqrt(-Log(c))
		for i := 0; i < 3; i++ {
			y = Sqrt(-Log(c * y * SqrtPi))
		}
	}
	// Halley steps on f(y) = erf(y) - a, or on erfc(y) - c once a >= ½: with
	// u = f/f', y -= u/(1 + y·u), as f''/f' = -2y for both
	for i := 0; i < 8; i++ {
		d := twoOverSqrtPi * Exp(-y*y)
		var u float64
		if a < 0.5 {
			u = (Erf(y) - a) / d
		} else {
			u = (c - Erfc(y)) / d
		}
		step := u / (1 + y*u)
		y -= step
		if Abs(step) <= 0x1p-54*y {
			break
		}
	}
	return y
}
