//go:build cortexm || avr || tinygo.riscv

package runtime

// binary32 addition, subtraction, multiplication and division on 32-bit words, with
// the rounding, special values and NaN results described in softfloat.go. No 64-bit
// integer appears here: AVR and ARMv6-M do 32-bit operations in a few instructions
// and 64-bit ones in loops or library calls.
//
// The internal form of a finite value is a mantissa m with its leading one at bit 30
// (bit 31 stays free for the carry of a sum) and a biased exponent e, meaning
// m * 2^(e-127-30); roundPack32 turns it into bits.

// clz32 counts the leading zero bits of x, which must not be 0, without the CLZ
// instruction that ARMv6-M and AVR lack (LLVM would call a library routine for it).
func clz32(x uint32) int {
	n := 0
	if x>>16 == 0 {
		n = 16
		x <<= 16
	}
	if x>>24 == 0 {
		n += 8
		x <<= 8
	}
	if x>>28 == 0 {
		n += 4
		x <<= 4
	}
	if x>>30 == 0 {
		n += 2
		x <<= 2
	}
	if x>>31 == 0 {
		n++
	}
	return n
}

// shiftRightSticky32 shifts m right by n bits and ORs every bit shifted out into the
// lowest bit.
func shiftRightSticky32(m uint32, n uint) uint32 {
	if n >= 32 {
		if m != 0 {
			return 1
		}
		return 0
	}
	r := m >> n
	if m<<(32-n) != 0 {
		r |= 1
	}
	return r
}

// roundPack32 rounds the finite value m * 2^(exp-127-30), m having its leading one at
// bit 30, to binary32 and returns its bits with sign ORed in.
func roundPack32(sign uint32, exp int, m uint32) uint32 {
	if exp >= 0xff {
		return sign | f32Inf
	}
	if exp <= 0 {
		m = shiftRightSticky32(m, uint(1-exp))
		exp = 1 // the exponent field below becomes 0
	}
	rest := m & 0x7f // the 7 bits below the 24 kept
	m >>= 7
	if rest > 0x40 || rest == 0x40 && m&1 != 0 {
		m++
	}
	// as in roundPack: the leading one at bit 23 adds one to the stored exponent, and
	// a rounding carry moves into the exponent, up to infinity
	return sign | (uint32(exp-1)<<23 + m)
}

// f32Unpack returns the mantissa of a finite nonzero x with its leading one at bit 23
// (subnormals normalised) and its exponent e: |x| = m * 2^(e-150).
func f32Unpack(x uint32) (m uint32, e int) {
	e = int(x>>23) & 0xff
	m = x & (1<<23 - 1)
	if e == 0 {
		s := clz32(m) - 8
		return m << uint(s), 1 - s
	}
	return m | 1<<23, e
}

func f32IsNaN(x uint32) bool {
	return x&^f32Sign > f32Inf
}

// f32NaN is the result of an operation with a NaN operand: the first NaN, quieted.
func f32NaN(a, b uint32) uint32 {
	if f32IsNaN(a) {
		return a | f32Quiet
	}
	return b | f32Quiet
}

func f32Add(a, b uint32) uint32 {
	if f32IsNaN(a) || f32IsNaN(b) {
		return f32NaN(a, b)
	}
	absA, absB := a&^f32Sign, b&^f32Sign
	if absA == f32Inf {
		if absB == f32Inf && a != b {
			return f32DefNaN // Inf - Inf
		}
		return a
	}
	if absB == f32Inf {
		return b
	}
	if absA == 0 {
		if absB == 0 {
			return a & b // -0 only when both are -0
		}
		return b
	}
	if absB == 0 {
		return a
	}
	if absA < absB {
		a, b = b, a
	}
	ma, ea := f32Unpack(a)
	mb, eb := f32Unpack(b)
	// leading ones at bit 29, leaving room for the carry of a sum; the six bits below
	// the mantissa keep guard, round and sticky information through the alignment
	ma <<= 6
	mb = shiftRightSticky32(mb<<6, uint(ea-eb))
	if (a^b)&f32Sign == 0 {
		ma += mb
	} else {
		ma -= mb
		if ma == 0 {
			return 0 // x - x is +0 when rounding to nearest
		}
	}
	s := clz32(ma) - 1
	return roundPack32(a&f32Sign, ea+1-s, ma<<uint(s))
}

func f32Sub(a, b uint32) uint32 {
	if !f32IsNaN(b) {
		b ^= f32Sign
	}
	return f32Add(a, b)
}

// mulWide32 is the 64-bit product of a and b as two words, from 16-bit halves.
func mulWide32(a, b uint32) (hi, lo uint32) {
	a0, a1 := a&0xffff, a>>16
	b0, b1 := b&0xffff, b>>16
	p00 := a0 * b0
	p01 := a0 * b1
	p10 := a1 * b0
	p11 := a1 * b1
	mid := p00>>16 + p01&0xffff + p10&0xffff
	lo = p00&0xffff | mid<<16
	hi = p11 + p01>>16 + p10>>16 + mid>>16
	return
}

func f32Mul(a, b uint32) uint32 {
	if f32IsNaN(a) || f32IsNaN(b) {
		return f32NaN(a, b)
	}
	sign := (a ^ b) & f32Sign
	absA, absB := a&^f32Sign, b&^f32Sign
	if absA == f32Inf || absB == f32Inf {
		if absA == 0 || absB == 0 {
			return f32DefNaN // 0 * Inf
		}
		return sign | f32Inf
	}
	if absA == 0 || absB == 0 {
		return sign
	}
	ma, ea := f32Unpack(a)
	mb, eb := f32Unpack(b)
	// (ma<<7) * (mb<<8) lies in [2^61, 2^63): hi has its leading one at bit 29 or 30
	hi, lo := mulWide32(ma<<7, mb<<8)
	exp := ea + eb - 126
	if hi < 1<<30 {
		hi = hi<<1 | lo>>31
		lo <<= 1
		exp--
	}
	if lo != 0 {
		hi |= 1
	}
	return roundPack32(sign, exp, hi)
}

func f32Div(a, b uint32) uint32 {
	if f32IsNaN(a) || f32IsNaN(b) {
		return f32NaN(a, b)
	}
	sign := (a ^ b) & f32Sign
	absA, absB := a&^f32Sign, b&^f32Sign
	if absA == f32Inf {
		if absB == f32Inf {
			return f32DefNaN // Inf / Inf
		}
		return sign | f32Inf
	}
	if absB == f32Inf {
		return sign
	}
	if absB == 0 {
		if absA == 0 {
			return f32DefNaN // 0 / 0
		}
		return sign | f32Inf
	}
	if absA == 0 {
		return sign
	}
	ma, ea := f32Unpack(a)
	mb, eb := f32Unpack(b)
	exp := ea - eb + f32Bias
	if ma < mb {
		ma <<= 1
		exp--
	}
	// restoring division: 31 quotient bits, the first one the integer bit at 30
	var q uint32
	for i := 0; i < 31; i++ {
		q <<= 1
		if ma >= mb {
			ma -= mb
			q |= 1
		}
		ma <<= 1
	}
	if ma != 0 {
		q |= 1
	}
	return roundPack32(sign, exp, q)
}
