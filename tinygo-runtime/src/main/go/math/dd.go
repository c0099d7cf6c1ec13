package math

// Double-double arithmetic: a value carried as an unevaluated sum hi+lo of two float64s
// gives about 106 bits, enough for the intermediate results of Pow, Gamma and Erfc,
// whose final exponentiation multiplies any absolute error of its argument into a
// relative error of the result. The products are split by hand (Dekker) and written
// through float64 conversions so that no compiler may fuse them into an FMA.

// twoSum returns s = fl(a+b) and the exact rounding error e: s+e == a+b.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bv := s - a
	e = (a - (s - bv)) + (b - bv)
	return
}

// fastTwoSum is twoSum for |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// splitHalves cuts a into a 26-bit high part and the rest, so that the product of two
// high parts is exact. |a| must stay below about 2**996.
func splitHalves(a float64) (hi, lo float64) {
	c := float64((1<<27 + 1) * a)
	hi = c - (c - a)
	lo = a - hi
	return
}

// twoProd returns p = fl(a*b) and the exact rounding error e: p+e == a*b.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	ah, al := splitHalves(a)
	bh, bl := splitHalves(b)
	e = ((float64(ah*bh) - p) + float64(ah*bl) + float64(al*bh)) + float64(al*bl)
	return
}

// ddMul multiplies two double-double values.
func ddMul(ah, al, bh, bl float64) (hi, lo float64) {
	p, e := twoProd(ah, bh)
	e += float64(ah*bl) + float64(al*bh)
	return fastTwoSum(p, e)
}

// ddAdd adds two double-double values.
func ddAdd(ah, al, bh, bl float64) (hi, lo float64) {
	s, e := twoSum(ah, bh)
	e += al + bl
	return fastTwoSum(s, e)
}

// ddDiv divides a double-double by a double-double.
func ddDiv(ah, al, bh, bl float64) (hi, lo float64) {
	q := ah / bh
	ph, pl := ddMul(q, 0, bh, bl)
	rh, rl := ddAdd(ah, al, -ph, -pl)
	return fastTwoSum(q, (rh+rl)/bh)
}
