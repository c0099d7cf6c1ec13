package runtime

import "unsafe"

// Complex division and printing, which the compiler calls; + - * and == are inline.

// complexDivide returns (a+bi)/(c+di) by Smith's algorithm (CACM 5(8), 1962), which
// scales by the larger part of the divisor to avoid needless overflow, then corrects
// a NaN result to the infinities or zeros that C99's Annex G (G.5.1) prescribes when
// an operand is infinite or the divisor is zero. complex64 division goes through here
// in float64, as Go's does.
func complexDivide(a, b, c, d float64) (float64, float64) {
	var re, im float64
	if fabs(c) >= fabs(d) {
		r := d / c
		den := c + r*d
		re = (a + b*r) / den
		im = (b - a*r) / den
	} else {
		r := c / d
		den := d + r*c
		re = (a*r + b) / den
		im = (b*r - a) / den
	}
	if re != re && im != im {
		inf := 1 / zero
		switch {
		case c == 0 && d == 0 && (a == a || b == b):
			// a nonzero (or at least partly numeric) dividend over zero: an infinity
			re = copysign(inf, c) * a
			im = copysign(inf, c) * b
		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			// an infinite dividend over a finite divisor
			a = copysign(boxInf(a), a)
			b = copysign(boxInf(b), b)
			re = inf * (a*c + b*d)
			im = inf * (b*c - a*d)
		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			// a finite dividend over an infinite divisor
			c = copysign(boxInf(c), c)
			d = copysign(boxInf(d), d)
			re = 0 * (a*c + b*d)
			im = 0 * (b*c - a*d)
		}
	}
	return re, im
}

// zero is a variable so that 1/zero is an infinity computed at run time.
var zero float64

func fabs(x float64) float64 {
	if x < 0 || x == 0 && 1/x < 0 {
		return -x
	}
	return x
}

func isInf(x float64) bool { return x-x != x-x && x == x }

func isFinite(x float64) bool { return x-x == 0 }

// boxInf is 1 for an infinity and 0 for anything else (the C99 "box" of an operand).
func boxInf(x float64) float64 {
	if isInf(x) {
		return 1
	}
	return 0
}

func copysign(x, sign float64) float64 {
	neg := sign < 0 || sign == 0 && 1/sign < 0
	if neg != (x < 0 || x == 0 && 1/x < 0) {
		return -x
	}
	return x
}

// printcomplex prints a complex number as println does: (re+imi), both parts in the
// float format with their signs.
func printcomplex(re, im float64) {
	printstring("(")
	printfloat64(re)
	printfloat64(im)
	printstring("i)")
}

func panicComplexPrinter() {
	panicFloat = printPanicComplex
}

func printPanicComplex(kind uint8, p unsafe.Pointer) {
	switch kind {
	case kindComplex64:
		c := *(*complex64)(p)
		printcomplex(float64(real(c)), float64(imag(c)))
	case kindComplex128:
		c := *(*complex128)(p)
		printcomplex(real(c), imag(c))
	default:
		printPanicFloat(kind, p)
	}
}
