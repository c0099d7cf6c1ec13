package math

// Argument reduction for the trigonometric functions: x = n·π/2 + r with |r| <= π/4,
// r returned as a double-double. Below 2**20·π/2, π/2 is split into three parts of
// 33, 33 and 53 bits (Cody and Waite), so that n·part is exact for the first two;
// above, the bits of 2/π (computed once with arbitrary precision and written out as
// hex words) are multiplied with the integer significand of x in 64-bit limbs, and
// only the bits that matter modulo 4 are kept (Payne and Hanek).

import "math/bits"

// π/2 = pio2A + pio2B + pio2C (to about 2**-120).
const (
	pio2A = 0x1.921fb54400000p+0
	pio2B = 0x1.0b4611a600000p-34
	pio2C = 0x1.3198a2e037073p-69
)

// π/2 as a double-double.
const (
	pio2Hi = 0x1.921fb54442d18p+0
	pio2Lo = 0x1.1a62633145c07p-54
)

// reduceLimit is where the three-part reduction stops being exact.
const reduceLimit = 0x1p20 * pio2Hi

// twoOverPi holds the first 1408 bits of the fraction of 2/π, most significant first.
var twoOverPi = [...]uint64{
	0xa2f9836e4e441529, 0xfc2757d1f534ddc0, 0xdb6295993c439041, 0xfe5163abdebbc561,
	0xb7246e3a424dd2e0, 0x06492eea09d1921c, 0xfe1deb1cb129a73e, 0xe88235f52ebb4484,
	0xe99c7026b45f7e41, 0x3991d639835339f4, 0x9c845f8bbdf9283b, 0x1ff897ffde05980f,
	0xef2f118b5a0a6d1f, 0x6d367ecf27cb09b7, 0x4f463f669e5fea2d, 0x7527bac7ebe5f17b,
	0x3d0739f78a5292ea, 0x6bfb5fb11f8d5d08, 0x56033046fc7b6bab, 0xf0cfbc209af4361d,
	0xa9e391615ee61b08, 0x6599855f14a06840,
}

// twoOverPiBits returns the 64 bits of 2/π's fraction starting at bit i (bit 0 weighs
// 1/2); bits before the fraction (i < 0) are zero.
func twoOverPiBits(i int) uint64 {
	word := func(w int) uint64 {
		if w < 0 || w >= len(twoOverPi) {
			return 0
		}
		return twoOverPi[w]
	}
	w := i >> 6 // floor division, also for negative i
	s := uint(i & 63)
	if s == 0 {
		return word(w)
	}
	return word(w)<<s | word(w+1)>>(64-s)
}

// trigReduce returns n mod 4 and r+rl with x = n·π/2 + r + rl, |r| <= about π/4, for
// finite x >= 0.
func trigReduce(x float64) (n int, r, rl float64) {
	if x < Pi/4 {
		return 0, x, 0
	}
	if x < reduceLimit {
		nf := Floor(x*(2/Pi) + 0.5)
		// x - nf·pio2A and the next step are exact; the last one rounds
		a := x - nf*pio2A
		b := nf * pio2B
		r1 := a - b
		// the error of r1 = a - b, then the third part
		e := (a - r1) - b
		r, rl = fastTwoSum(r1, e-nf*pio2C)
		return int(nf) & 3, r, rl
	}
	return trigReduceLarge(x)
}

// trigReduceLarge is the Payne-Hanek reduction for x >= reduceLimit.
func trigReduceLarge(x float64) (n int, r, rl float64) {
	b := Float64bits(x)
	m := b&fracMask | 1<<fracBits
	e := int(b>>fracBits&0x7FF) - expBias - fracBits // x = m · 2**e, e >= -32
	// 2**e · (2/π) modulo 4 only needs the bits of 2/π from weight 2**(1-e) onwards:
	// take 192 of them, so z = z2:z1:z0 · 2**-190 with two bits before the point.
	start := e - 2
	z2 := twoOverPiBits(start)
	z1 := twoOverPiBits(start + 64)
	z0 := twoOverPiBits(start + 128)
	// the low 192 bits of m·z: two integer bits (the quadrant) and 190 of fraction
	h0, l0 := bits.Mul64(m, z0)
	h1, l1 := bits.Mul64(m, z1)
	_, l2 := bits.Mul64(m, z2)
	w0 := l0
	w1, c := bits.Add64(h0, l1, 0)
	w2, _ := bits.Add64(h1, l2, c)
	n = int(w2 >> 62)
	// the fraction as a signed offset from the nearest integer: subtract 1 when >= ½
	f2 := w2 << 2 >> 2
	f1, f0 := w1, w0
	neg := false
	if f2>>61 == 1 {
		n++
		neg = true
		// f = 1 - f, in 190-bit arithmetic: negate the 190-bit value modulo 2**190
		f0 = ^f0
		f1 = ^f1
		f2 = ^f2 & (1<<62 - 1)
		var c uint64
		f0, c = bits.Add64(f0, 1, 0)
		f1, c = bits.Add64(f1, 0, c)
		f2 += c
	}
	// normalise: bring the leading bit of the 190-bit fraction to bit 61 of f2 (only
	// arguments extremely close to a multiple of π/2 need a whole word shifted)
	shift := 0
	for f2 == 0 && shift < 128 {
		f2, f1, f0 = f1>>2, f1<<62|f0>>2, f0<<62
		shift += 64
	}
	if s := bits.LeadingZeros64(f2) - 2; s > 0 {
		f2 = f2<<uint(s) | f1>>uint(64-s)
		f1 = f1<<uint(s) | f0>>uint(64-s)
		shift += s
	}
	// the fraction is now (f2·2**128 + f1·2**64 + f0) · 2**(-190-shift): take 52 bits of
	// f2, then the next 52
	top := float64(f2>>10) * 0x1p-52
	mid := float64(f2&(1<<10-1)<<42|f1>>22) * 0x1p-104
	fh, fl := fastTwoSum(top, mid)
	scale := Ldexp(1, -shift)
	r, rl = ddMul(fh*scale, fl*scale, pio2Hi, pio2Lo)
	if neg {
		r, rl = -r, -rl
	}
	return n & 3, r, rl
}
