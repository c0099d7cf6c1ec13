package math

// FMA, the fused multiply-add: the 106-bit product of the two significands is formed
// exactly with bits.Mul64, the addend aligned to it in 128-bit integers with a sticky
// bit for what is shifted out, and the sum rounded once to nearest-even (round128),
// subnormal results included.

import "math/bits"

// unpack returns the sign, the significand with its leading bit (0 for zero) and the
// exponent e of a finite x = ±m · 2**e.
func unpack(x float64) (neg bool, m uint64, e int) {
	b := Float64bits(x)
	neg = b&signBit != 0
	m = b & fracMask
	be := int(b >> fracBits & 0x7FF)
	if be == 0 {
		return neg, m, 1 - expBias - fracBits
	}
	return neg, m | 1<<fracBits, be - expBias - fracBits
}

// FMA returns x*y + z with a single rounding.
func FMA(x, y, z float64) float64 {
	if IsInf(z, 0) && finite(x) && finite(y) {
		return z // even if x*y would overflow
	}
	if x == 0 || y == 0 || z == 0 || !finite(x) || !finite(y) || !finite(z) {
		// the product is exact or the result is special; only z == 0 with an inexact
		// product needs the product alone, rounded once
		if z == 0 && x != 0 && y != 0 && finite(x) && finite(y) {
			return x * y
		}
		return x*y + z
	}
	pn, xm, xe := unpack(x)
	yn, ym, ye := unpack(y)
	zn, zm, ze := unpack(z)
	pn = pn != yn
	// the exact product as a 128-bit integer ph:pl times 2**pe
	ph, pl := bits.Mul64(xm, ym)
	pe := xe + ye
	// normalise both operands so their top bit is at bit 125 of a 128-bit number,
	// keeping 2 bits of headroom for the sum
	pz := bits.LeadingZeros64(ph)
	if ph == 0 {
		pz = 64 + bits.LeadingZeros64(pl)
	}
	ph, pl = shl128(ph, pl, uint(pz-2))
	pe -= pz - 2
	zz := bits.LeadingZeros64(zm) + 64
	zh, zl := shl128(0, zm, uint(zz-2))
	ze -= zz - 2
	// align the smaller exponent to the larger, keeping a sticky bit
	if pe < ze || pe == ze && (ph < zh || ph == zh && pl < zl) {
		pn, zn = zn, pn
		ph, pl, zh, zl = zh, zl, ph, pl
		pe, ze = ze, pe
	}
	zh, zl = shr128Sticky(zh, zl, uint(pe-ze))
	var rh, rl uint64
	if pn == zn {
		var c uint64
		rl, c = bits.Add64(pl, zl, 0)
		rh, _ = bits.Add64(ph, zh, c)
	} else {
		var c uint64
		rl, c = bits.Sub64(pl, zl, 0)
		rh, _ = bits.Sub64(ph, zh, c)
	}
	if rh == 0 && rl == 0 {
		return 0 // exact cancellation gives +0 in round-to-nearest
	}
	return round128(pn, rh, rl, pe)
}

// shl128 shifts hi:lo left by s < 128.
func shl128(hi, lo uint64, s uint) (uint64, uint64) {
	if s >= 64 {
		return lo << (s - 64), 0
	}
	if s == 0 {
		return hi, lo
	}
	return hi<<s | lo>>(64-s), lo << s
}

// shr128Sticky shifts hi:lo right by s, or-ing every bit shifted out into bit 0.
func shr128Sticky(hi, lo uint64, s uint) (uint64, uint64) {
	switch {
	case s == 0:
		return hi, lo
	case s >= 128:
		if hi|lo != 0 {
			return 0, 1
		}
		return 0, 0
	case s >= 64:
		sticky := lo
		if s > 64 {
			sticky |= hi << (128 - s)
		}
		lo = hi >> (s - 64)
		if sticky != 0 {
			lo |= 1
		}
		return 0, lo
	}
	sticky := lo << (64 - s)
	lo = lo>>s | hi<<(64-s)
	if sticky != 0 {
		lo |= 1
	}
	return hi >> s, lo
}

// round128 rounds ±(hi:lo)·2**e to the nearest float64, ties to even.
func round128(neg bool, hi, lo uint64, e int) float64 {
	z := bits.LeadingZeros64(hi)
	if hi == 0 {
		z = 64 + bits.LeadingZeros64(lo)
	}
	hi, lo = shl128(hi, lo, uint(z))
	e -= z
	// the leading bit now weighs 2**(e+127); keep 53 bits, or as many as reach down
	// to 2**-1074 for a subnormal result
	exp := e + 127
	keep := 53
	if exp < -1022 {
		keep = exp + 1075
	}
	if keep < 0 {
		return Copysign(0, boolSign(neg)) // below half the smallest subnormal
	}
	m := uint64(0)
	if keep > 0 {
		m = hi >> (64 - keep)
	}
	half := hi>>(63-keep)&1 == 1
	rest := hi<<(keep+1) != 0 || lo != 0
	if half && (rest || m&1 == 1) {
		m++
	}
	var r float64
	if exp < -1022 {
		r = float64(m) * 0x1p-1074 // m is at most 2**52: exact
	} else {
		if m == 1<<53 {
			m >>= 1
			exp++
		}
		if exp > 1023 {
			r = Inf(1)
		} else {
			r = Float64frombits(uint64(exp+expBias)<<fracBits | m&fracMask)
		}
	}
	if neg {
		r = -r
	}
	return r
}

// boolSign returns -1 for true and 1 for false.
func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}
