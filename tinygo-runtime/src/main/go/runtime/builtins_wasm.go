//go:build wasm

package runtime

import "unsafe"

// __multi3 is the 128-bit multiplication that LLVM calls on wasm32, where dividing a
// 64-bit value by a constant becomes a multiplication by a reciprocal whose high half
// needs a 64x64->128 product. The C ABI passes each i128 as two i64 (low, high) and
// returns the i128 through a pointer given first.
//
//export __multi3
func multi3(ret unsafe.Pointer, aLo, aHi, bLo, bHi uint64) {
	// low 64x64 -> 128 from 32-bit halves, then the cross terms into the high half
	const mask = 1<<32 - 1
	a0, a1 := aLo&mask, aLo>>32
	b0, b1 := bLo&mask, bLo>>32
	p00 := a0 * b0
	p01 := a0 * b1
	p10 := a1 * b0
	p11 := a1 * b1
	mid := p00>>32 + p01&mask + p10&mask
	lo := p00&mask | mid<<32
	hi := p11 + p01>>32 + p10>>32 + mid>>32
	hi += aLo*bHi + aHi*bLo
	r := (*[2]uint64)(ret)
	r[0] = lo
	r[1] = hi
}
