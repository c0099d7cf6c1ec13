package math

// Bessel functions of order 0 and 1. Below besselAsym, Miller's algorithm: the
// recurrence J_{k-1} = (2k/x)·J_k - J_{k+1}, run downwards from a start far enough
// above x that the unknown starting values do not matter, is stable in that direction,
// and the sequence is then scaled so that J₀ + 2(J₂ + J₄ + ...) = 1. The same pass
// collects Neumann's series Y₀ = (2/π)·((ln(x/2)+γ)·J₀ - 2·Σ (-1)ᵏ·J₂ₖ/k) and its
// derivative for Y₁. From besselAsym on, Hankel's asymptotic expansion
// J = √(2/(πx))·(P·cos χ - Q·sin χ), Y = √(2/(πx))·(P·sin χ + Q·cos χ) with
// χ = x - (2ν+1)π/4, whose smallest term there is below 2**-60.

const besselAsym = 25

// besselMiller holds the results of one downward pass for 0 < x < besselAsym, as
// double-doubles: the pass runs in double-double because near a zero of J₀ or Y₀ the
// last steps cancel, and the sums of Neumann's series cancel near the zeros of Y.
type besselMiller struct {
	j0, j1, jn [2]float64 // J₀, J₁ and the J_n asked for
	s0, s1     [2]float64 // Σ (-1)ᵏ·J₂ₖ/k and Σ c_k·J_k (odd k) for Y₀ and Y₁
}

// millerStart returns the even index from which the downward recurrence starts for
// argument x and order n.
func millerStart(x float64, n int) int {
	m := x
	if float64(n) > m {
		m = float64(n)
	}
	return 2*int((m+40+8*Sqrt(m))/2) + 2
}

// miller runs the downward recurrence for 0x1p-20 <= x and returns J₀, J₁, J_n and
// the sums of Neumann's series (n >= 0).
func miller(x float64, n int) besselMiller {
	const big, scale = 0x1p500, 0x1p-500
	var r besselMiller
	add := func(acc *[2]float64, h, l float64) {
		acc[0], acc[1] = ddAdd(acc[0], acc[1], h, l)
	}
	var jNext, j [2]float64 // J_{k+1}, J_k before normalisation
	j[0] = 0x1p-600
	var norm [2]float64
	for k := millerStart(x, n); k >= 1; k-- {
		if k == n {
			r.jn = j
		}
		if k == 1 {
			r.j1 = j
		}
		i := float64(k / 2)
		if k&1 == 0 {
			add(&norm, 2*j[0], 2*j[1])
			h, l := ddDiv(j[0], j[1], i, 0)
			if k/2&1 == 1 {
				h, l = -h, -l
			}
			add(&r.s0, h, l)
		} else {
			// coefficient of J_{2i+1} in Y₁'s sum: -1 for i = 0, else
			// (-1)**(i+1)·(2i+1)/(i(i+1))
			h, l := -j[0], -j[1]
			if i > 0 {
				h, l = ddMul(j[0], j[1], 2*i+1, 0)
				h, l = ddDiv(h, l, i*(i+1), 0)
				if k/2&1 == 0 {
					h, l = -h, -l
				}
			}
			add(&r.s1, h, l)
		}
		// J_{k-1} = (2k/x)·J_k - J_{k+1}
		qh, ql := ddDiv(float64(2*k), 0, x, 0)
		ph, pl := ddMul(qh, ql, j[0], j[1])
		ph, pl = ddAdd(ph, pl, -jNext[0], -jNext[1])
		jNext, j = j, [2]float64{ph, pl}
		if Abs(ph) > big {
			for _, v := range []*[2]float64{&j, &jNext, &norm, &r.jn, &r.j1, &r.s0, &r.s1} {
				v[0] *= scale
				v[1] *= scale
			}
		}
	}
	if n == 0 {
		r.jn = j
	}
	add(&norm, j[0], j[1])
	r.j0 = j
	for _, v := range []*[2]float64{&r.j0, &r.j1, &r.jn, &r.s0, &r.s1} {
		v[0], v[1] = ddDiv(v[0], v[1], norm[0], norm[1])
	}
	return r
}

// neumannLog returns ln(x/2) + γ as a double-double (x/2 is exact for the x it gets).
func neumannLog(x float64) (hi, lo float64) {
	h, l := logDD(0.5 * x)
	return ddAdd(h, l, 0x1.2788cfc6fb619p-1, -4.942915152430645e-18)
}

// hankelPQ returns P and Q of Hankel's expansion of order nu (0 or 1) for x >= besselAsym.
func hankelPQ(nu int, x float64) (p, q float64) {
	mu := 4 * float64(nu*nu)
	p, q = 1, 0
	t := 1.0 // a_k / x**k
	for k := 1; k < 60; k++ {
		odd := float64(2*k - 1)
		next := t * (mu - odd*odd) / (8 * float64(k) * x)
		if Abs(next) > Abs(t) || next == 0 {
			break // the asymptotic series has reached its smallest term
		}
		t = next
		switch k & 3 { // signs alternate separately within P and within Q
		case 1:
			q += t
		case 2:
			p -= t
		case 3:
			q -= t
		default:
			p += t
		}
	}
	return p, q
}

// hankel returns J_nu(x) and Y_nu(x) for nu = 0 or 1 and x >= besselAsym.
func hankel(nu int, x float64) (j, y float64) {
	p, q := hankelPQ(nu, x)
	s, c := Sincos(x)
	// cos χ and sin χ for χ = x - π/4 (nu = 0) or x - 3π/4 (nu = 1) from c+s and s-c;
	// where one of these cancels, it is cos 2x divided by the other, as
	// (c+s)·(c-s) = cos 2x
	sum, diff := c+s, s-c
	if s*c < 0 {
		sum = -Cos(2*x) / diff
	} else {
		diff = -Cos(2*x) / sum
	}
	var cc, sc float64
	if nu == 0 {
		cc, sc = sum*(1/Sqrt2), diff*(1/Sqrt2)
	} else {
		cc, sc = diff*(1/Sqrt2), -sum*(1/Sqrt2)
	}
	a := Sqrt(2 / (Pi * x))
	return a * (p*cc - q*sc), a * (p*sc + q*cc)
}

// J0 returns the Bessel function of the first kind of order zero.
//
// Special cases: J0(±Inf) = 0, J0(0) = 1, J0(NaN) = NaN.
func J0(x float64) float64 {
	x = Abs(x)
	switch {
	case x != x:
		return x
	case IsInf(x, 1):
		return 0
	case x == 0:
		return 1
	case x >= besselAsym:
		j, _ := hankel(0, x)
		return j
	case x < 0x1p-20:
		return 1 - 0.25*x*x
	}
	j := miller(x, 0).j0
	return j[0] + j[1]
}

// J1 returns the Bessel function of the first kind of order one.
//
// Special cases: J1(±Inf) = 0, J1(NaN) = NaN.
func J1(x float64) float64 {
	a := Abs(x)
	var r float64
	switch {
	case x != x:
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	case a >= besselAsym:
		r, _ = hankel(1, a)
	case a < 0x1p-20:
		r = 0.5 * a * (1 - 0.125*a*a)
	default:
		j := miller(a, 1).j1
		r = j[0] + j[1]
	}
	if x < 0 {
		return -r
	}
	return r
}

// Y0 returns the Bessel function of the second kind of order zero.
//
// Special cases: Y0(+Inf) = 0, Y0(0) = -Inf, Y0(x < 0) = NaN, Y0(NaN) = NaN.
func Y0(x float64) float64 {
	switch {
	case x != x || x < 0:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	case x >= besselAsym:
		_, y := hankel(0, x)
		return y
	}
	lh, ll := neumannLog(x)
	if x < 0x1p-20 {
		return (2 / Pi) * ((lh+ll)*(1-0.25*x*x) + 0.25*x*x)
	}
	m := miller(x, 0)
	h, l := ddMul(lh, ll, m.j0[0], m.j0[1])
	h, l = ddAdd(h, l, -2*m.s0[0], -2*m.s0[1])
	return (2 / Pi) * (h + l)
}

// Y1 returns the Bessel function of the second kind of order one.
//
// Special cases: Y1(+Inf) = 0, Y1(0) = -Inf, Y1(x < 0) = NaN, Y1(NaN) = NaN.
func Y1(x float64) float64 {
	switch {
	case x != x || x < 0:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	case x >= besselAsym:
		_, y := hankel(1, x)
		return y
	case x < 0x1p-20:
		// -2/(πx) + (x/π)·(ln(x/2) + γ - ½), the next terms below its last bit
		lh, ll := neumannLog(x)
		return -(2/Pi)/x + (x/Pi)*((lh+ll)-0.5)
	}
	m := miller(x, 1)
	lh, ll := neumannLog(x)
	h, l := ddMul(lh, ll, m.j1[0], m.j1[1])
	qh, ql := ddDiv(m.j0[0], m.j0[1], x, 0)
	h, l = ddAdd(h, l, -qh, -ql)
	h, l = ddAdd(h, l, m.s1[0], m.s1[1])
	return (2 / Pi) * (h + l)
}
