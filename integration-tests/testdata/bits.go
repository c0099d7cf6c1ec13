// Package math/bits against Go's: counts, rotations, reversals and double-width
// arithmetic on edge values.
package main

import "math/bits"

func main() {
	xs := []uint32{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000_0000, 0xffff_ffff, 0x1234_5678, 0xdead_beef}
	for _, x := range xs {
		println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x), bits.OnesCount32(x),
			bits.RotateLeft32(x, 5), bits.RotateLeft32(x, -3), bits.Reverse32(x), bits.ReverseBytes32(x))
		println(bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.Len8(uint8(x)), bits.OnesCount8(uint8(x)),
			bits.RotateLeft8(uint8(x), 3), bits.Reverse8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)),
			bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)), bits.RotateLeft16(uint16(x), -1))
	}
	ys := []uint64{0, 1, 0xffff_ffff, 1 << 32, 1<<63 + 5, 0xffff_ffff_ffff_ffff, 0x0123_4567_89ab_cdef}
	for _, x := range ys {
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x), bits.OnesCount64(x),
			bits.RotateLeft64(x, 13), bits.Reverse64(x), bits.ReverseBytes64(x))
		for _, y := range ys {
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(x, y, 1)
			h, l := bits.Mul64(x, y)
			println(s, c, d, b, h, l)
			if y != 0 && x < y {
				q, r := bits.Div64(x, y-1, y)
				println(q, r, bits.Rem64(x, y, y))
			}
		}
	}
	s32, c32 := bits.Add32(0xffff_ffff, 1, 0)
	d32, b32 := bits.Sub32(0, 1, 0)
	h32, l32 := bits.Mul32(0xffff_ffff, 0xffff_ffff)
	q32, r32 := bits.Div32(1, 5, 7)
	println(s32, c32, d32, b32, h32, l32, q32, r32, bits.Rem32(9, 9, 7))
	println(bits.UintSize == 32 || bits.UintSize == 64, bits.OnesCount(7), bits.Len(8), bits.TrailingZeros(8))
	q, r := bits.Div32(7, 0, 7)
	println(q, r)
}
