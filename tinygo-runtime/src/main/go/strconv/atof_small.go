package strconv

import "math/bits"

// smallFloats is whether ParseFloat first tries exact 64-bit integer arithmetic
// (smallFloatBits): on 64-bit machines, where Mul64 and Div64 are an instruction or
// two. Elsewhere every value takes the decimal shifts, the smaller code.
const smallFloats = bits.UintSize == 64

// smallFloatBits converts d exactly when it is M·10^e with at most 19 digits in M and
// |e| <= 19 (most numbers people and programs write): M·10^e as a 128-bit product,
// or M·2^s / 10^-e as a 64-bit quotient with enough bits and a remainder, rounded
// half to even to the format. Such values are never subnormal and never overflow
// float32 or float64. ok is false for the others.
func (d *decimal) smallFloatBits(f floatFormat) (uint64, bool) {
	if d.nd == 0 || d.nd > 19 {
		return 0, false
	}
	e := d.dp - d.nd
	if e < -19 || e > 19 {
		return 0, false
	}
	var m uint64
	for i := 0; i < d.nd; i++ {
		m = m*10 + uint64(d.d[i])
	}
	p := uint64(1)
	for i := 0; i < e || i < -e; i++ {
		p *= 10
	}
	// the value is q·2^exp2, plus less than one unit of q when sticky
	var q uint64
	var exp2 int
	sticky := false
	if e >= 0 {
		hi, lo := bits.Mul64(m, p)
		if hi == 0 {
			q = lo
		} else {
			bh := uint(bits.Len64(hi))
			q = hi<<(64-bh) | lo>>bh
			sticky = lo<<(64-bh) != 0
			exp2 = int(bh)
		}
	} else {
		// m·2^s < 2^(63+t) with 2^(t-1) <= p, so the quotient fits 64 bits and,
		// as m·2^s >= 2^(62+t) > 2^62·p, has at least 63 of them
		t := bits.Len64(p)
		s := uint(63 + t - bits.Len64(m))
		var hi, lo uint64
		if s >= 64 {
			hi = m << (s - 64)
		} else {
			hi, lo = m>>(64-s), m<<s
		}
		var r uint64
		q, r = bits.Div64(hi, lo, p)
		sticky = r != 0
		exp2 = -int(s)
	}
	shift := bits.Len64(q) - int(f.mantBits) - 1
	var mant uint64
	if shift <= 0 {
		mant = q << uint(-shift) // exact (sticky is only set with 63 or 64 bits in q)
	} else {
		mant = q >> uint(shift)
		rem := q & (1<<uint(shift) - 1)
		half := uint64(1) << uint(shift-1)
		if rem > half || rem == half && (sticky || mant&1 == 1) {
			mant++
			if mant == 2<<f.mantBits {
				mant >>= 1
				shift++
			}
		}
	}
	exp := exp2 + shift + int(f.mantBits) // mant is 1.x·2^mantBits
	return mant&(1<<f.mantBits-1) | uint64(exp-f.bias)<<f.mantBits, true
}
