package math

// Bessel functions of integer order n. J_n: for x above n the upward recurrence
// J_{k+1} = (2k/x)·J_k - J_{k-1} from J₀ and J₁ is stable; below, Miller's downward
// pass of bessel.go gives J_n directly. Y_n: the upward recurrence from Y₀ and Y₁ is
// stable for every x, since Y grows with the order. Negative orders follow from
// J₋ₙ = (-1)ⁿ·Jₙ and Y₋ₙ = (-1)ⁿ·Yₙ, negative x from Jₙ(-x) = (-1)ⁿ·Jₙ(x).

// Jn returns the order-n Bessel function of the first kind.
//
// Special cases: Jn(n, ±Inf) = 0, Jn(n, NaN) = NaN.
func Jn(n int, x float64) float64 {
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	}
	if n < 0 {
		n, x = -n, -x // J₋ₙ(x) = (-1)ⁿ·Jₙ(x) = Jₙ(-x)
	}
	switch n {
	case 0:
		return J0(x)
	case 1:
		return J1(x)
	}
	if x == 0 {
		return 0
	}
	neg := x < 0 && n&1 == 1
	a := Abs(x)
	var r float64
	switch {
	case a >= float64(n) && a >= besselAsym:
		// upward from the asymptotic J₀ and J₁
		jPrev, j := J0(a), J1(a)
		for k := 1; k < n; k++ {
			jPrev, j = j, float64(2*k)/a*j-jPrev
		}
		r = j
	case a < 0x1p-20:
		// Jₙ(a) ≈ (a/2)ⁿ/n!, built factor by factor so that it underflows gracefully
		r = 1
		for k := 1; k <= n && r != 0; k++ {
			r *= 0.5 * a / float64(k)
		}
	default:
		m := miller(a, n)
		r = m.jn[0] + m.jn[1]
	}
	if neg {
		return -r
	}
	return r
}

// Yn returns the order-n Bessel function of the second kind.
//
// Special cases: Yn(n, +Inf) = 0, Yn(n ≥ 0, 0) = -Inf, Yn(n < 0, 0) = +Inf if n is
// odd and -Inf if n is even, Yn(n, x < 0) = NaN, Yn(n, NaN) = NaN.
func Yn(n int, x float64) float64 {
	switch {
	case x != x || x < 0:
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	var r float64
	switch {
	case x == 0:
		r = Inf(-1)
	case n == 0:
		r = Y0(x)
	case n == 1:
		r = Y1(x)
	default:
		yPrev, y := Y0(x), Y1(x)
		for k := 1; k < n && !IsInf(y, -1); k++ {
			yPrev, y = y, float64(2*k)/x*y-yPrev
		}
		r = y
	}
	if neg {
		return -r
	}
	return r
}
