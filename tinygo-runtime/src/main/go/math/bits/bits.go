// Package bits counts, rotates and reverses the bits of unsigned integers, and does
// double-width addition, subtraction, multiplication and division.
package bits

import _ "unsafe"

//go:linkname panicDivide runtime.panicDivide
func panicDivide()

//go:linkname panicOverflow runtime.panicOverflow
func panicOverflow()

// UintSize is the size of a uint in bits (32 or 64; 32 on 8-bit AVR too).
const UintSize = 32 << (^uint(0) >> 63)

// deBruijn64 is a 64-bit de Bruijn sequence of order 6 (each 6-bit pattern appears
// once among its rotations); nothing here uses it, Go's tests take it as input
// (export_test.go names it).
const deBruijn64 = 0x03f79d71b4ca8b09

// ---- leading and trailing zeros, length ----

// LeadingZeros returns the number of leading zero bits in x; UintSize for x == 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of leading zero bits in x; 8 for x == 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of leading zero bits in x; 16 for x == 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of leading zero bits in x; 32 for x == 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of leading zero bits in x; 64 for x == 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns the number of trailing zero bits in x; UintSize for x == 0.
func TrailingZeros(x uint) int {
	if UintSize == 32 {
		return TrailingZeros32(uint32(x))
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros8 returns the number of trailing zero bits in x; 8 for x == 0.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros32(uint32(x))
}

// TrailingZeros16 returns the number of trailing zero bits in x; 16 for x == 0.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros32(uint32(x))
}

// TrailingZeros32 returns the number of trailing zero bits in x; 32 for x == 0.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	// isolate the lowest set bit, then find its position by halving
	x &= -x
	n := 0
	if x&0xFFFF0000 != 0 {
		n += 16
	}
	if x&0xFF00FF00 != 0 {
		n += 8
	}
	if x&0xF0F0F0F0 != 0 {
		n += 4
	}
	if x&0xCCCCCCCC != 0 {
		n += 2
	}
	if x&0xAAAAAAAA != 0 {
		n++
	}
	return n
}

// TrailingZeros64 returns the number of trailing zero bits in x; 64 for x == 0.
func TrailingZeros64(x uint64) int {
	if uint32(x) != 0 {
		return TrailingZeros32(uint32(x))
	}
	return 32 + TrailingZeros32(uint32(x>>32))
}

// Len returns the minimum number of bits needed to represent x; 0 for x == 0.
func Len(x uint) int {
	if UintSize == 32 {
		return Len32(uint32(x))
	}
	return Len64(uint64(x))
}

// Len8 returns the minimum number of bits needed to represent x; 0 for x == 0.
func Len8(x uint8) int { return Len32(uint32(x)) }

// Len16 returns the minimum number of bits needed to represent x; 0 for x == 0.
func Len16(x uint16) int { return Len32(uint32(x)) }

// Len32 returns the minimum number of bits needed to represent x; 0 for x == 0.
func Len32(x uint32) int {
	n := 0
	if x >= 1<<16 {
		x >>= 16
		n = 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	if x >= 1<<4 {
		x >>= 4
		n += 4
	}
	if x >= 1<<2 {
		x >>= 2
		n += 2
	}
	if x >= 1<<1 {
		x >>= 1
		n++
	}
	return n + int(x)
}

// Len64 returns the minimum number of bits needed to represent x; 0 for x == 0.
func Len64(x uint64) int {
	if x>>32 != 0 {
		return 32 + Len32(uint32(x>>32))
	}
	return Len32(uint32(x))
}

// ---- population count ----

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int {
	if UintSize == 32 {
		return OnesCount32(uint32(x))
	}
	return OnesCount64(uint64(x))
}

// OnesCount8 returns the number of one bits in x.
func OnesCount8(x uint8) int { return OnesCount32(uint32(x)) }

// OnesCount16 returns the number of one bits in x.
func OnesCount16(x uint16) int { return OnesCount32(uint32(x)) }

// OnesCount32 returns the number of one bits in x.
func OnesCount32(x uint32) int {
	// sums of adjacent bit fields, doubling the field width each step
	x = x&0x55555555 + x>>1&0x55555555
	x = x&0x33333333 + x>>2&0x33333333
	x = x&0x0F0F0F0F + x>>4&0x0F0F0F0F
	x = x&0x00FF00FF + x>>8&0x00FF00FF
	return int(x&0xFFFF + x>>16)
}

// OnesCount64 returns the number of one bits in x.
func OnesCount64(x uint64) int {
	return OnesCount32(uint32(x)) + OnesCount32(uint32(x>>32))
}

// ---- rotation ----

// RotateLeft returns x rotated left by (k mod UintSize) bits; a negative k rotates right.
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns x rotated left by (k mod 8) bits; a negative k rotates right.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns x rotated left by (k mod 16) bits; a negative k rotates right.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns x rotated left by (k mod 32) bits; a negative k rotates right.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns x rotated left by (k mod 64) bits; a negative k rotates right.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// ---- reversal ----

// Reverse returns x with its bits in reverse order.
func Reverse(x uint) uint {
	if UintSize == 32 {
		return uint(Reverse32(uint32(x)))
	}
	return uint(Reverse64(uint64(x)))
}

// Reverse8 returns x with its bits in reverse order.
func Reverse8(x uint8) uint8 { return uint8(Reverse32(uint32(x)) >> 24) }

// Reverse16 returns x with its bits in reverse order.
func Reverse16(x uint16) uint16 { return uint16(Reverse32(uint32(x)) >> 16) }

// Reverse32 returns x with its bits in reverse order.
func Reverse32(x uint32) uint32 {
	x = x>>1&0x55555555 | x&0x55555555<<1
	x = x>>2&0x33333333 | x&0x33333333<<2
	x = x>>4&0x0F0F0F0F | x&0x0F0F0F0F<<4
	return ReverseBytes32(x)
}

// Reverse64 returns x with its bits in reverse order.
func Reverse64(x uint64) uint64 {
	return uint64(Reverse32(uint32(x)))<<32 | uint64(Reverse32(uint32(x>>32)))
}

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint {
	if UintSize == 32 {
		return uint(ReverseBytes32(uint32(x)))
	}
	return uint(ReverseBytes64(uint64(x)))
}

// ReverseBytes16 returns x with its bytes in reverse order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with its bytes in reverse order.
func ReverseBytes32(x uint32) uint32 {
	return x>>24 | x>>8&0xFF00 | x<<8&0xFF0000 | x<<24
}

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	return uint64(ReverseBytes32(uint32(x)))<<32 | uint64(ReverseBytes32(uint32(x>>32)))
}

// ---- double-width arithmetic ----

// Add returns x + y + carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	sum = x + y + carry
	carryOut = (x&y | (x|y)&^sum) >> (UintSize - 1)
	return
}

// Add32 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	sum = x + y + carry
	carryOut = (x&y | (x|y)&^sum) >> 31
	return
}

// Add64 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> (UintSize - 1)
	return
}

// Sub32 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

// Sub64 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// Mul returns the double-width product of x and y as high and low halves.
func Mul(x, y uint) (hi, lo uint) {
	if UintSize == 32 {
		h, l := Mul32(uint32(x), uint32(y))
		return uint(h), uint(l)
	}
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y as high and low halves.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y as high and low halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	// schoolbook multiplication on 32-bit halves
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) divided by y; it panics if y is
// zero or the quotient overflows (y <= hi).
func Div(hi, lo, y uint) (quo, rem uint) {
	if UintSize == 32 {
		q, r := Div32(uint32(hi), uint32(lo), uint32(y))
		return uint(q), uint(r)
	}
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y; it panics if y is
// zero or the quotient overflows (y <= hi).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	z := uint64(hi)<<32 | uint64(lo)
	quo, rem = uint32(z/uint64(y)), uint32(z%uint64(y))
	return
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y; it panics if y is
// zero or the quotient overflows (y <= hi).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panicDivide()
	}
	if y <= hi {
		panicOverflow()
	}
	// restoring division, one quotient bit per step: (hi, lo) shifts through rem
	rem = hi
	for i := 0; i < 64; i++ {
		top := rem >> 63
		rem = rem<<1 | lo>>63
		lo <<= 1
		quo <<= 1
		if top != 0 || rem >= y {
			rem -= y
			quo |= 1
		}
	}
	return
}

// Rem returns the remainder of (hi, lo) divided by y; it panics for y == 0 but, unlike
// Div, not on quotient overflow.
func Rem(hi, lo, y uint) uint {
	if UintSize == 32 {
		return uint(Rem32(uint32(hi), uint32(lo), uint32(y)))
	}
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 returns the remainder of (hi, lo) divided by y; it panics for y == 0.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y; it panics for y == 0.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}
