//go:build cortexm || avr || tinygo.riscv

package runtime

// Soft float: IEEE 754 binary64 and binary32 arithmetic on the bits of the values,
// for the chips without a floating-point unit. LLVM lowers float operations there to
// library calls; builtins_softfloat_arm.go and builtins_softfloat_avr.go export these
// routines under the names each target's ABI gives them. Nothing here uses a float
// type, or the routines would call themselves.
//
// Results are rounded to nearest, ties to even, with subnormals, infinities, signed
// zeros and NaNs as on the host's hardware (x86-64 SSE): a NaN operand comes back
// quieted (the first one when both are NaNs), and an invalid operation (Inf-Inf, 0*Inf,
// 0/0, Inf/Inf) gives x86's default NaN, which has the sign bit set.
//
// binary32 +, -, *, / have routines of their own on 32-bit words (softfloat32.go):
// done in binary64 and rounded once more they would be correct too (53 >= 2*24+2), but
// 4 to 5.5 times slower on ARMv6-M and ARMv7-M and 5 to 10 times on AVR, where every
// 64-bit shift is a loop (bench/floats/run), and a program that computes in float32
// only would link the binary64 routines. Conversions from 64-bit integers round
// straight to the target width, as two roundings would not be exact there.
//
// The internal form of a finite binary64 value is a mantissa m with its leading one at
// bit 62 and a biased exponent e, meaning m * 2^(e-bias-62); roundPack turns it into
// bits.

const (
	f64Sign   = 1 << 63
	f64Inf    = 0x7ff << 52
	f64Quiet  = 1 << 51
	f64DefNaN = 0xfff8000000000000 // x86's default NaN
	f64Frac   = 1<<52 - 1
	f64Bias   = 1023

	f32Sign   = 1 << 31
	f32Inf    = 0xff << 23
	f32Quiet  = 1 << 22
	f32DefNaN = 0xffc00000
	f32Bias   = 127
)

// clz64 counts the leading zero bits of x, which must not be 0. It works on 32-bit
// halves, which AVR and ARMv6-M shift much more cheaply than 64-bit values.
func clz64(x uint64) int {
	n := 0
	w := uint32(x >> 32)
	if w == 0 {
		n = 32
		w = uint32(x)
	}
	if w>>16 == 0 {
		n += 16
		w <<= 16
	}
	if w>>24 == 0 {
		n += 8
		w <<= 8
	}
	if w>>28 == 0 {
		n += 4
		w <<= 4
	}
	if w>>30 == 0 {
		n += 2
		w <<= 2
	}
	if w>>31 == 0 {
		n++
	}
	return n
}

// shiftRightSticky shifts m right by n bits and ORs every bit shifted out into the
// lowest bit, so that rounding still sees that the value was not exact.
func shiftRightSticky(m uint64, n uint) uint64 {
	if n >= 64 {
		if m != 0 {
			return 1
		}
		return 0
	}
	r := m >> n
	if m<<(64-n) != 0 {
		r |= 1
	}
	return r
}

// roundPack rounds the finite value m * 2^(exp-bias-62), m having its leading one at
// bit 62, to a format with frac fraction bits and an all-ones exponent of maxExp, and
// returns its bits with sign ORed in. Results past the largest finite value are
// infinite; results below the smallest normal are rounded as subnormals.
func roundPack(sign uint64, exp int, m uint64, frac uint, maxExp int) uint64 {
	if exp >= maxExp {
		return sign | uint64(maxExp)<<frac
	}
	if exp <= 0 {
		m = shiftRightSticky(m, uint(1-exp))
		exp = 1 // the exponent field below becomes 0
	}
	shift := 62 - frac
	half := uint64(1) << (shift - 1)
	rest := m & (half<<1 - 1)
	m >>= shift
	if rest > half || rest == half && m&1 != 0 {
		m++
	}
	// m still holds the leading one at bit frac (when normal), so the exponent is
	// stored one less and the addition carries it in; a rounding carry out of the
	// mantissa moves into the exponent, up to infinity.
	return sign | (uint64(exp-1)<<frac + m)
}

// f64Unpack returns the mantissa of a finite nonzero x with its leading one at bit 52
// (subnormals normalised) and its exponent e: |x| = m * 2^(e-1075).
func f64Unpack(x uint64) (m uint64, e int) {
	e = int(x>>52) & 0x7ff
	m = x & f64Frac
	if e == 0 {
		s := clz64(m) - 11
		return m << uint(s), 1 - s
	}
	return m | 1<<52, e
}

func f64IsNaN(x uint64) bool {
	return x&^f64Sign > f64Inf
}

// f64NaN is the result of an operation with a NaN operand: the first NaN, quieted.
func f64NaN(a, b uint64) uint64 {
	if f64IsNaN(a) {
		return a | f64Quiet
	}
	return b | f64Quiet
}

func f64Add(a, b uint64) uint64 {
	if f64IsNaN(a) || f64IsNaN(b) {
		return f64NaN(a, b)
	}
	absA, absB := a&^f64Sign, b&^f64Sign
	if absA == f64Inf {
		if absB == f64Inf && a != b {
			return f64DefNaN // Inf - Inf
		}
		return a
	}
	if absB == f64Inf {
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
	ma, ea := f64Unpack(a)
	mb, eb := f64Unpack(b)
	// leading ones at bit 61, leaving room for the carry of a sum
	ma <<= 9
	mb = shiftRightSticky(mb<<9, uint(ea-eb))
	if (a^b)&f64Sign == 0 {
		ma += mb
	} else {
		ma -= mb
		if ma == 0 {
			return 0 // x - x is +0 when rounding to nearest
		}
	}
	s := clz64(ma) - 1
	return roundPack(a&f64Sign, ea+1-s, ma<<uint(s), 52, 0x7ff)
}

func f64Sub(a, b uint64) uint64 {
	if !f64IsNaN(b) {
		b ^= f64Sign
	}
	return f64Add(a, b)
}

// mul32 is the 64-bit product of two 32-bit values from 16-bit halves, as neither
// ARMv6-M nor AVR has a 32x32->64 multiply and a 64-bit multiply would be a libcall.
func mul32(a, b uint32) uint64 {
	a0, a1 := a&0xffff, a>>16
	b0, b1 := b&0xffff, b>>16
	mid := uint64(a0*b1) + uint64(a1*b0)
	return uint64(a0*b0) + mid<<16 + uint64(a1*b1)<<32
}

// mul64 is the 128-bit product of two 64-bit values.
func mul64(x, y uint64) (hi, lo uint64) {
	x0, x1 := uint32(x), uint32(x>>32)
	y0, y1 := uint32(y), uint32(y>>32)
	p00 := mul32(x0, y0)
	p01 := mul32(x0, y1)
	p10 := mul32(x1, y0)
	p11 := mul32(x1, y1)
	mid := p00>>32 + p01&0xffffffff + p10&0xffffffff
	lo = p00&0xffffffff | mid<<32
	hi = p11 + p01>>32 + p10>>32 + mid>>32
	return
}

func f64Mul(a, b uint64) uint64 {
	if f64IsNaN(a) || f64IsNaN(b) {
		return f64NaN(a, b)
	}
	sign := (a ^ b) & f64Sign
	absA, absB := a&^f64Sign, b&^f64Sign
	if absA == f64Inf || absB == f64Inf {
		if absA == 0 || absB == 0 {
			return f64DefNaN // 0 * Inf
		}
		return sign | f64Inf
	}
	if absA == 0 || absB == 0 {
		return sign
	}
	ma, ea := f64Unpack(a)
	mb, eb := f64Unpack(b)
	// (ma<<10) * (mb<<11) lies in [2^125, 2^127): hi has its leading one at bit 61 or 62
	hi, lo := mul64(ma<<10, mb<<11)
	exp := ea + eb - 1022
	if hi < 1<<62 {
		hi = hi<<1 | lo>>63
		lo <<= 1
		exp--
	}
	if lo != 0 {
		hi |= 1
	}
	return roundPack(sign, exp, hi, 52, 0x7ff)
}

func f64Div(a, b uint64) uint64 {
	if f64IsNaN(a) || f64IsNaN(b) {
		return f64NaN(a, b)
	}
	sign := (a ^ b) & f64Sign
	absA, absB := a&^f64Sign, b&^f64Sign
	if absA == f64Inf {
		if absB == f64Inf {
			return f64DefNaN // Inf / Inf
		}
		return sign | f64Inf
	}
	if absB == f64Inf {
		return sign
	}
	if absB == 0 {
		if absA == 0 {
			return f64DefNaN // 0 / 0
		}
		return sign | f64Inf
	}
	if absA == 0 {
		return sign
	}
	ma, ea := f64Unpack(a)
	mb, eb := f64Unpack(b)
	exp := ea - eb + f64Bias
	if ma < mb {
		ma <<= 1
		exp--
	}
	// restoring division: 63 quotient bits, the first one the integer bit at 62
	var q uint64
	for i := 0; i < 63; i++ {
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
	return roundPack(sign, exp, q, 52, 0x7ff)
}

// f64Compare orders a and b: -1, 0 or 1, or 2 when either is a NaN. The zeros are equal.
func f64Compare(a, b uint64) int {
	if f64IsNaN(a) || f64IsNaN(b) {
		return 2
	}
	// sign-magnitude to two's complement, which orders like the values (both zeros are 0)
	ka, kb := int64(a&^f64Sign), int64(b&^f64Sign)
	if a&f64Sign != 0 {
		ka = -ka
	}
	if b&f64Sign != 0 {
		kb = -kb
	}
	if ka < kb {
		return -1
	}
	if ka > kb {
		return 1
	}
	return 0
}

// f32To64 widens exactly; a NaN keeps its sign and payload and is quieted.
func f32To64(x uint32) uint64 {
	sign := uint64(x&f32Sign) << 32
	e := int(x>>23) & 0xff
	m := uint64(x & (1<<23 - 1))
	if e == 0xff {
		if m != 0 {
			return sign | f64Inf | f64Quiet | m<<29
		}
		return sign | f64Inf
	}
	if e == 0 {
		if m == 0 {
			return sign
		}
		s := clz64(m) - 40 // the leading one to bit 23, the hidden bit
		m = m << uint(s) &^ (1 << 23)
		e = 1 - s
	}
	return sign | uint64(e-f32Bias+f64Bias)<<52 | m<<29
}

// f64To32 rounds to nearest even; a NaN keeps its sign and the top of its payload and
// is quieted.
func f64To32(x uint64) uint32 {
	sign := uint32(x>>32) & f32Sign
	abs := x &^ f64Sign
	if abs >= f64Inf {
		if abs != f64Inf {
			return sign | f32Inf | f32Quiet | uint32(abs>>29)&(1<<23-1)
		}
		return sign | f32Inf
	}
	if abs == 0 {
		return sign
	}
	m, e := f64Unpack(x)
	// m<<10 * 2^(exp-127-62) = m * 2^(e-1075)
	return uint32(roundPack(uint64(sign), e-896, m<<10, 23, 0xff))
}

func f32Compare(a, b uint32) int {
	if a&^f32Sign > f32Inf || b&^f32Sign > f32Inf {
		return 2
	}
	ka, kb := int32(a&^f32Sign), int32(b&^f32Sign)
	if a&f32Sign != 0 {
		ka = -ka
	}
	if b&f32Sign != 0 {
		kb = -kb
	}
	if ka < kb {
		return -1
	}
	if ka > kb {
		return 1
	}
	return 0
}

// uintToFloat rounds sign * u to the format with frac fraction bits, exponent bias
// and all-ones exponent maxExp.
func uintToFloat(sign, u uint64, frac uint, bias, maxExp int) uint64 {
	if u == 0 {
		return 0
	}
	p := 63 - clz64(u) // the leading one's position
	var m uint64
	if p == 63 {
		m = u>>1 | u&1
	} else {
		m = u << uint(62-p)
	}
	return roundPack(sign, bias+p, m, frac, maxExp)
}

func int64ToF64(x int64) uint64 {
	if x < 0 {
		return uintToFloat(f64Sign, uint64(-x), 52, f64Bias, 0x7ff)
	}
	return uintToFloat(0, uint64(x), 52, f64Bias, 0x7ff)
}

func uint64ToF64(x uint64) uint64 {
	return uintToFloat(0, x, 52, f64Bias, 0x7ff)
}

func int64ToF32(x int64) uint32 {
	if x < 0 {
		return uint32(uintToFloat(f32Sign, uint64(-x), 23, f32Bias, 0xff))
	}
	return uint32(uintToFloat(0, uint64(x), 23, f32Bias, 0xff))
}

func uint64ToF32(x uint64) uint32 {
	return uint32(uintToFloat(0, x, 23, f32Bias, 0xff))
}

// f64Truncate returns the integer part of |x| for a finite or infinite x, and whether
// it is 2^64 or more.
func f64Truncate(x uint64) (u uint64, big bool) {
	e := int(x>>52) & 0x7ff
	if e < f64Bias {
		return 0, false
	}
	if e >= f64Bias+64 {
		return 0, true
	}
	m := x&f64Frac | 1<<52 // |x| = m * 2^(e-1075)
	if e >= 1075 {
		return m << uint(e-1075), false
	}
	return m >> uint(1075-e), false
}

// The conversions to integers truncate toward zero and saturate: values past the
// type's range give its minimum or maximum, and NaN gives 0, on every target.

func f64ToInt64(x uint64) int64 {
	if f64IsNaN(x) {
		return 0
	}
	u, big := f64Truncate(x)
	if x&f64Sign != 0 {
		if big || u > 1<<63 {
			return -1 << 63
		}
		return -int64(u)
	}
	if big || u >= 1<<63 {
		return 1<<63 - 1
	}
	return int64(u)
}

func f64ToUint64(x uint64) uint64 {
	if f64IsNaN(x) || x&f64Sign != 0 {
		return 0
	}
	u, big := f64Truncate(x)
	if big {
		return 1<<64 - 1
	}
	return u
}

func f64ToInt32(x uint64) int32 {
	v := f64ToInt64(x)
	if v < -1<<31 {
		return -1 << 31
	}
	if v > 1<<31-1 {
		return 1<<31 - 1
	}
	return int32(v)
}

func f64ToUint32(x uint64) uint32 {
	v := f64ToUint64(x)
	if v > 1<<32-1 {
		return 1<<32 - 1
	}
	return uint32(v)
}
