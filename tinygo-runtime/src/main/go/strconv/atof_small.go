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
	var m uint64
	for i := dint(0); i < d.nd; i++ {
		m = m*10 + uint64(d.d[i])
	}
	return smallFloatBits(m, int(d.dp-d.nd), f)
}

// parseSmall parses the plain decimal at s[i:] (digits with at most one point, an
// optional exponent; no underscores) as M·10^e without building a decimal (whose 816
// bytes would be zeroed for every call), when M has at most 19 digits and
// smallFloatBits can convert it. It returns the bits (without the sign), where the
// number ends, and false for anything else, which the decimal path then reads.
func parseSmall(s string, i int, f floatFormat) (uint64, int, bool) {
	var m uint64
	nd, frac, e := 0, 0, 0
	sawDot, sawDigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawDigits = true
		if sawDot {
			frac++
		}
		if m == 0 && c == '0' {
			continue
		}
		if nd == 19 {
			return 0, 0, false
		}
		m = m*10 + uint64(c-'0')
		nd++
	}
	if !sawDigits || m == 0 || i < len(s) && s[i] == '_' {
		return 0, 0, false
	}
	if i < len(s) && lower(s[i]) == 'e' {
		j := i + 1
		eneg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			eneg = s[j] == '-'
			j++
		}
		if j >= len(s) || s[j] < '0' || s[j] > '9' {
			return 0, 0, false
		}
		for ; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
			if e > 1000 {
				return 0, 0, false
			}
			e = e*10 + int(s[j]-'0')
		}
		if j < len(s) && s[j] == '_' {
			return 0, 0, false // (an underscore in the exponent: the decimal path reads it)
		}
		if eneg {
			e = -e
		}
		i = j
	}
	bits, ok := smallFloatBits(m, e-frac, f)
	return bits, i, ok
}

// smallFloatBits converts m·10^e as smallFloatBits above, for m < 10^19.
func smallFloatBits(m uint64, e int, f floatFormat) (uint64, bool) {
	if e < -19 || e > 19 {
		return 0, false
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
	} else if aq, ae, ok := approxQuotient(m, e, f); ok {
		q, exp2, sticky = aq, ae, true
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

// approxQuotient returns m·10^e (e < 0) as q·2^exp2 with q's top bit set, from
// pow10Approx's 128-bit 10^e: two multiplications instead of the quotient's bit loop.
// The true value lies within one unit of q's last bit (the approximation's error is
// far below it), so the rounding it gets is the true value's unless q's bits below the
// format's mantissa are 0, all ones, or next to a half: then ok is false and the exact
// quotient decides. (q is never exact here, hence the sticky bit.)
func approxQuotient(m uint64, e int, f floatFormat) (uint64, int, bool) {
	hi, lo, e2 := pow10Approx(e)
	z := bits.LeadingZeros64(m)
	m <<= uint(z)
	h1, _ := bits.Mul64(m, lo)
	h2, l2 := bits.Mul64(m, hi)
	mid, c := bits.Add64(l2, h1, 0)
	top := h2 + c
	exp2 := e2 + 128 - z
	if top>>63 == 0 {
		top = top<<1 | mid>>63
		exp2--
	}
	low := uint(63 - f.mantBits)
	r := top & (1<<low - 1)
	half := uint64(1) << (low - 1)
	if r == 0 || r == 1<<low-1 || r == half-1 || r == half {
		return 0, 0, false
	}
	return top, exp2, true
}
