package strconv

import "math/bits"

// fastFloats is whether FormatFloat first tries 128-bit fixed-point arithmetic
// (fastDigits): on 64-bit machines, where bits.Mul64 is one instruction. Elsewhere
// every value takes the exact decimal expansion (decimal), the smaller code, and the
// tables below are not linked.
const fastFloats = bits.UintSize == 64

// fastDigits is a short decimal 0.d[0]d[1]...d[nd-1] × 10^dp (digits as values 0-9,
// no trailing zero; nd == 0 means zero), what the fast paths produce.
type fastDigits struct {
	d  [20]byte
	nd int
	dp int
}

// pow10Wide[a+12] is 10^(28a) as hi·2^64+lo (top bit set) times 2^exp, rounded to
// nearest, for -12 <= a <= 13.
var pow10Wide = [26]struct {
	hi, lo uint64
	exp    int
}{
	{0xe3e27a444d8d98b7, 0xfd1b1b2308169b25, -1244},
	{0xe61acf033d1a45df, 0x6fb92487298e33be, -1151},
	{0xe858ad248f5c22c9, 0xd1b3400f8f9cff69, -1058},
	{0xea9c227723ee8bcb, 0x465e15a979c1cadc, -965},
	{0xece53cec4a314ebd, 0xa4f8bf5635246428, -872},
	{0xef340a98172aace4, 0x86fb897116c87c35, -779},
	{0xf18899b1bc3f8ca1, 0xdc44e6c3cb279ac2, -686},
	{0xf3e2f893dec3f126, 0x5a89dba3c3efccfb, -593},
	{0xf64335bcf065d37d, 0x4d4617b5ff4a16d6, -500},
	{0xf8a95fcf88747d94, 0x75a44c6397ce912a, -407},
	{0xfb158592be068d2e, 0xeed6e2f0f0d56713, -314},
	{0xfd87b5f28300ca0d, 0x8bca9d6e188853fc, -221},
	{0x8000000000000000, 0x0000000000000000, -127},
	{0x813f3978f8940984, 0x4000000000000000, -34},
	{0x82818f1281ed449f, 0xbff8f10e7a8921a4, 59},
	{0x83c7088e1aab65db, 0x792667c6da79e0fa, 152},
	{0x850fadc09923329e, 0x03e2cf6bc604ddb0, 245},
	{0x865b86925b9bc5c2, 0x0b8a2392ba45a9b2, 338},
	{0x87aa9aff79042286, 0x90fb44d2f05d0843, 431},
	{0x88fcf317f22241e2, 0x441fece3bdf81f03, 524},
	{0x8a5296ffe33cc92f, 0x82bd6b70d99aaa70, 617},
	{0x8bab8eefb6409c1a, 0x1ad089b6c2f7548e, 710},
	{0x8d07e33455637eb2, 0xdb0b487b6423e1e8, 803},
	{0x8e679c2f5e44ff8f, 0x570f09eaa7ea7648, 896},
	{0x8fcac257558ee4e6, 0x213a4f0aa5e8a7b2, 989},
	{0x91315e37db165aa9, 0x2c0de8dd3d020c0c, 1082},
}

// pow5[b] is 5^b, exact.
var pow5 = [28]uint64{1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625,
	48828125, 244140625, 1220703125, 6103515625, 30517578125, 152587890625, 762939453125,
	3814697265625, 19073486328125, 95367431640625, 476837158203125, 2384185791015625,
	11920928955078125, 59604644775390625, 298023223876953125, 1490116119384765625,
	7450580596923828125}

// pow10Approx returns 10^q as (hi·2^64+lo)·2^e2 with the top bit of hi set, for
// -336 <= q < 392: 10^(28a) from pow10Wide times the exact 10^b = 5^b·2^b, truncated
// to 128 bits. The relative error is below 2^-126.
func pow10Approx(q int) (hi, lo uint64, e2 int) {
	a := q / 28
	b := q - 28*a
	if b < 0 {
		a--
		b += 28
	}
	w := &pow10Wide[a+12]
	s := pow5[b]
	z := bits.LeadingZeros64(s)
	s <<= uint(z)
	h1, _ := bits.Mul64(w.lo, s)
	h2, l2 := bits.Mul64(w.hi, s)
	mid, c := bits.Add64(l2, h1, 0)
	top := h2 + c
	e2 = w.exp + 64 + b - z
	if top>>63 == 0 {
		top = top<<1 | mid>>63
		mid <<= 1
		e2--
	}
	return top, mid, e2
}

// scaled returns x·(hi·2^64+lo) / 2^shift, 64 <= shift < 192, as its integer part (which
// must be below 2^64) and the next 64 bits of the fraction, truncated; exact is whether
// the truncation dropped only zero bits.
func scaled(x, hi, lo uint64, shift uint) (ip, fp uint64, exact bool) {
	h1, w0 := bits.Mul64(x, lo)
	h2, l2 := bits.Mul64(x, hi)
	w1, c := bits.Add64(l2, h1, 0)
	w2 := h2 + c
	s := shift - 64
	switch {
	case s >= 128:
		exact = w0|w1 == 0 && w2<<(192-s) == 0
	case s >= 64:
		exact = w0 == 0 && w1<<(128-s) == 0
	default:
		exact = w0<<(64-s) == 0
	}
	return bitsAt(w2, w1, w0, shift), bitsAt(w2, w1, w0, s), exact
}

// bitsAt returns 64 bits of the 192-bit w2:w1:w0 from bit s up (s < 192).
func bitsAt(w2, w1, w0 uint64, s uint) uint64 {
	if s >= 128 {
		return w2 >> (s - 128)
	}
	if s >= 64 {
		return w1>>(s-64) | w2<<(128-s)
	}
	return w0>>s | w1<<(64-s)
}

// fastSlack bounds the error of a scaled value, in units of 2^-64: the table's and
// pow10Approx's error (below 2^-126 of values below 2^64) plus the truncation. A
// decision closer than this to its boundary is left to the exact path.
const fastSlack = 32

// cmpScaled returns the sign of (i + f/2^64) - n when the error cannot change it, else
// 0 (too close to tell, which includes equality).
func cmpScaled(i, f, n uint64) int {
	switch {
	case i == n:
		if f >= fastSlack {
			return 1
		}
		return 0
	case i+1 == n:
		if f <= ^uint64(0)-fastSlack {
			return -1
		}
		return 0
	case i > n:
		return 1
	}
	return -1
}

// within reports whether the integer n lies strictly between the scaled values lower
// (li, lf) and upper (ui, uf); ok is false when that cannot be told.
func within(n, li, lf, ui, uf uint64) (in, ok bool) {
	a := cmpScaled(li, lf, n)
	if a == 0 {
		return false, false
	}
	if a > 0 {
		return false, true
	}
	b := cmpScaled(ui, uf, n)
	if b == 0 {
		return false, false
	}
	return b > 0, true
}

// set makes f the integer n × 10^k.
func (f *fastDigits) set(n uint64, k int) {
	if n == 0 {
		f.nd = 0
		f.dp = 0
		return
	}
	for n%10 == 0 {
		n /= 10
		k++
	}
	nd := 0
	for t := n; t > 0; t /= 10 {
		nd++
	}
	for i := nd - 1; i >= 0; i-- {
		f.d[i] = byte(n % 10)
		n /= 10
	}
	f.nd = nd
	f.dp = nd + k
}

// shortest sets f to the shortest decimal that reads back as mant × 2^exp (mant > 0),
// the one nearest the value among those of that length, as the exact shortestDigits
// does. In units of 2^(exp-2) the value is c = 4·mant and the interval of reals that
// round to it runs from c-2 (c-1 below a power of two, whose lower neighbour is half as
// far) to c+2, its ends included when mant is even (never decided here: an end that
// close to an integer goes to the exact path). Scaled by 10^-k with k =
// floor(log10 2^exp), the interval is between 1 and 10 units wide (3/4 and 7.5 below a
// power of two): a multiple of 10 inside it is the only one and the shortest
// representation; else the integer nearest the value, or the other neighbour when the
// nearest is outside. false when a decision is too close to call.
func (f *fastDigits) shortest(mant uint64, exp int, powerOfTwo bool) bool {
	k := exp * 78913 >> 18 // floor(exp·log10 2) for |exp| <= 1650
	hi, lo, e2 := pow10Approx(-k)
	shift := 2 - exp - e2
	if shift < 64 || shift >= 192 {
		return false
	}
	c := mant << 2
	lower := c - 2
	if powerOfTwo {
		lower = c - 1
	}
	li, lf, _ := scaled(lower, hi, lo, uint(shift))
	ci, cf, _ := scaled(c, hi, lo, uint(shift))
	ui, uf, _ := scaled(c+2, hi, lo, uint(shift))
	for m := ui / 10 * 10; m <= ui+1; m += 10 {
		in, ok := within(m, li, lf, ui, uf)
		if !ok {
			return false
		}
		if in {
			f.set(m, k)
			return true
		}
	}
	const half = 1 << 63
	if cf > half-fastSlack && cf < half+fastSlack {
		return false
	}
	n, other := ci, ci+1
	if cf > half {
		n, other = ci+1, ci
	}
	in, ok := within(n, li, lf, ui, uf)
	if ok && !in {
		in, ok = within(other, li, lf, ui, uf)
		n = other
	}
	if !ok || !in {
		return false
	}
	f.set(n, k)
	return true
}

// roundAt returns mant × 2^exp / 10^k rounded half to even to an integer, which must
// stay below 2^64; false when the value is too close to a half or to an integer to
// tell (never when 10^-k is an integer below 10^28, which pow10Approx gives exactly,
// and the product's dropped bits are zero).
func roundAt(mant uint64, exp, k int) (uint64, bool) {
	if k < -391 || k > 336 {
		return 0, false
	}
	hi, lo, e2 := pow10Approx(-k)
	shift := -exp - e2
	if shift < 64 || shift >= 192 {
		return 0, false
	}
	i, fr, exact := scaled(mant, hi, lo, uint(shift))
	const half = 1 << 63
	if exact && k <= 0 && k > -28 {
		// 10^-k and so the scaled value are exact: a half is a tie, to even
		if fr > half || fr == half && i&1 == 1 {
			i++
		}
		return i, true
	}
	if fr < fastSlack || fr > ^uint64(0)-fastSlack || fr > half-fastSlack && fr < half+fastSlack {
		return 0, false
	}
	if fr > half {
		i++
	}
	return i, true
}

// digitsRounded sets f to mant × 2^exp (mant > 0) rounded half to even to n
// significant digits, 1 <= n <= 18.
func (f *fastDigits) digitsRounded(mant uint64, exp, n int) bool {
	l := exp + bits.Len64(mant) - 1 // floor(log2 value)
	k := l*78913>>18 - n + 1        // the value's decimal exponent, or one less, minus n-1
	limit := uint64(pow5[n]) << uint(n)
	v, ok := roundAt(mant, exp, k)
	if ok && v >= limit {
		k++
		v, ok = roundAt(mant, exp, k)
	}
	if !ok {
		return false
	}
	f.set(v, k)
	return true
}

// fixedRounded sets f to mant × 2^exp (mant > 0) rounded half to even to prec digits
// after the point, when that leaves at most 18 digits.
func (f *fastDigits) fixedRounded(mant uint64, exp, prec int) bool {
	l := exp + bits.Len64(mant) - 1
	if l*78913>>18+2+prec > 18 {
		return false
	}
	v, ok := roundAt(mant, exp, -prec)
	if !ok {
		return false
	}
	f.set(v, -prec)
	return true
}

// fast sets f to the digits FormatFloat prints for mant × 2^exp (mant > 0) in format
// fmt with precision prec, when 128-bit arithmetic can decide them.
func (f *fastDigits) fast(mant uint64, exp int, powerOfTwo bool, fmt byte, prec int) bool {
	if prec < 0 {
		return f.shortest(mant, exp, powerOfTwo)
	}
	switch fmt {
	case 'e', 'E':
		if prec < 18 {
			return f.digitsRounded(mant, exp, prec+1)
		}
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		if prec <= 18 {
			return f.digitsRounded(mant, exp, prec)
		}
	case 'f':
		return f.fixedRounded(mant, exp, prec)
	}
	return false
}
