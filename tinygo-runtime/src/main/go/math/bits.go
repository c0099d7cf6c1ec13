package math

import (
	"math/bits"
	"unsafe"
)

// IEEE 754 double: 1 sign bit, 11 exponent bits (bias 1023), 52 fraction bits.
const (
	fracBits = 52
	expBias  = 1023
	signBit  = uint64(1) << 63
	fracMask = uint64(1)<<fracBits - 1
	expMask  = uint64(0x7FF) << fracBits
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits returns the float64 whose IEEE 754 representation is b.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits returns the float32 whose IEEE 754 representation is b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Inf returns +Inf if sign >= 0, -Inf if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(expMask)
	}
	return Float64frombits(expMask | signBit)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(expMask | 1<<51 | 1) } // a quiet NaN, as Go returns

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity of the given sign (sign > 0: +Inf, sign < 0:
// -Inf, sign == 0: either).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// finite reports whether f is neither infinite nor NaN.
func finite(f float64) bool { return Float64bits(f)&expMask != expMask }

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Frexp breaks f into a fraction in [½, 1) and a power of two: f == frac × 2**exp,
// with the sign of f on frac. Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0; NaN gives NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || !finite(f) {
		return f, 0
	}
	b := Float64bits(f)
	if b&expMask == 0 {
		// subnormal: scale into the normal range first (exact)
		b = Float64bits(f * (1 << 54))
		exp = -54
	}
	exp += int(b&expMask>>fracBits) - (expBias - 1)
	b = b&^expMask | uint64(expBias-1)<<fracBits
	return Float64frombits(b), exp
}

// Ldexp is the inverse of Frexp: frac × 2**exp, correctly rounded (to a subnormal or
// zero when too small, to an infinity when too large).
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || !finite(frac) {
		return frac
	}
	m, e := Frexp(frac)
	total := e + exp // frac == m × 2**total with |m| in [½, 1)
	switch {
	case total > 1024:
		return Copysign(Inf(1), frac)
	case total >= -1021:
		return withExp(m, total)
	case total >= -1085:
		// build an exact normal number 2**64 too large, then one multiplication rounds
		// it into the subnormal range
		return withExp(m, total+64) * (1.0 / (1 << 32) / (1 << 32))
	}
	return Copysign(0, frac)
}

// withExp returns m × 2**e for |m| in [½, 1) when the result is a normal number.
func withExp(m float64, e int) float64 {
	b := Float64bits(m)
	return Float64frombits(b&^expMask | uint64(e+expBias-1)<<fracBits)
}

// Trunc returns the integer value of x toward zero (±0, ±Inf and NaN stay).
func Trunc(x float64) float64 {
	b := Float64bits(x)
	e := int(b&expMask>>fracBits) - expBias // unbiased exponent
	switch {
	case e >= fracBits: // already an integer, or Inf/NaN
		return x
	case e < 0: // |x| < 1
		return Float64frombits(b & signBit)
	}
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	t := Trunc(x)
	if x > 0 && t != x {
		return t + 1
	}
	return t
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 { // exact: x and t share their high bits
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	return t
}

// Modf returns the integer part and the fractional part of f, both with f's sign;
// Modf(±Inf) = ±Inf, NaN.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	if IsInf(f, 0) {
		return f, NaN()
	}
	return int, Copysign(f-int, f)
}

// Mod returns the remainder of x/y with the sign of x (exact). Mod(±Inf, y),
// Mod(NaN, y), Mod(x, 0) and Mod(x, NaN) are NaN; Mod(x, ±Inf) is x.
func Mod(x, y float64) float64 {
	if y == 0 || !finite(x) || IsNaN(y) {
		return NaN()
	}
	r := Abs(x)
	ay := Abs(y)
	if IsInf(y, 0) || r < ay {
		return x
	}
	// long division in binary: subtract the largest ay × 2**k that fits, which is exact
	_, ey := Frexp(ay)
	for r >= ay {
		_, er := Frexp(r)
		d := Ldexp(ay, er-ey)
		if d > r {
			d /= 2
		}
		r -= d
	}
	return Copysign(r, x)
}

// Nextafter returns the next representable float64 after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Max returns the larger of x and y: +Inf if either is +Inf, else NaN if either is
// NaN; Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is -Inf, else NaN if either is
// NaN; Min(-0, +0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim returns the maximum of x-y and 0; Dim(+Inf, +Inf), Dim(-Inf, -Inf) and any NaN
// argument give NaN.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Sqrt returns the square root of x, correctly rounded. Sqrt(+Inf) = +Inf,
// Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 1) {
		return x
	}
	if x < 0 {
		return NaN()
	}
	m, e := Frexp(x) // x = m × 2**e, m in [½, 1)
	// integer mantissa M with x = M × 2**(e-53), then make the exponent even
	mi := uint64(Float64bits(m)&fracMask | 1<<fracBits)
	e -= 53
	if e&1 != 0 {
		mi <<= 1
		e--
	}
	// sqrt(M × 2**64) has 58 or 59 bits: enough for 53 plus rounding; the remainder says
	// whether anything is left below them
	root, exact := isqrt128(mi, 0)
	e = e/2 - 32
	// keep 54 bits (53 + a rounding bit), fold the dropped bits into a sticky flag
	n := bits.Len64(root)
	drop := n - 54
	sticky := !exact || root&(1<<uint(drop)-1) != 0
	root >>= uint(drop)
	e += drop
	half := root & 1
	root >>= 1
	e++
	if half != 0 && (sticky || root&1 != 0) {
		root++
	}
	return Ldexp(float64(root), e)
}

// isqrt128 returns floor(sqrt(hi×2**64 + lo)) and whether the square root is exact,
// one result bit per step.
func isqrt128(hi, lo uint64) (root uint64, exact bool) {
	var remHi, remLo uint64 // the remainder, 128 bits
	for i := 0; i < 64; i++ {
		// bring down the next two bits of the operand
		remHi = remHi<<2 | remLo>>62
		remLo = remLo<<2 | hi>>62
		hi = hi<<2 | lo>>62
		lo <<= 2
		// trial = 4 × root + 1 (as 128 bits)
		trialLo := root<<2 | 1
		trialHi := root >> 62
		root <<= 1
		if remHi > trialHi || remHi == trialHi && remLo >= trialLo {
			var borrow uint64
			remLo, borrow = bits.Sub64(remLo, trialLo, 0)
			remHi, _ = bits.Sub64(remHi, trialHi, borrow)
			root |= 1
		}
	}
	return root, remHi == 0 && remLo == 0
}
