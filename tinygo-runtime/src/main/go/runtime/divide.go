package runtime

// Integer division for chips without a divide instruction of the needed width
// (AVR, Cortex-M0 for every width; Cortex-M3 for 64 bits). The compiler calls these
// instead of emitting LLVM's udiv/sdiv there. They use only shifts by constants,
// subtraction and comparison, so they never call a library routine themselves.
// The 32- and 64-bit versions are written out twice on purpose: one generic version
// would need generics in the compiler, and 8/16/32-bit chips must not pay for 64-bit
// arithmetic when they divide 32-bit values.

// udivmod32 returns n / d and n % d; d is not zero (the caller checked).
func udivmod32(n, d uint32) (q, r uint32) {
	for i := 0; i < 32; i++ {
		carry := r >> 31
		r = r<<1 | n>>31
		n <<= 1
		q <<= 1
		if carry != 0 || r >= d {
			r -= d
			q |= 1
		}
	}
	return q, r
}

// divmod32 is udivmod32 for signed values: the quotient truncates toward zero and
// the remainder has the sign of n; MinInt32 / -1 wraps to MinInt32, as Go defines.
func divmod32(n, d int32) (q, r int32) {
	un, ud := uint32(n), uint32(d)
	if n < 0 {
		un = -un
	}
	if d < 0 {
		ud = -ud
	}
	uq, ur := udivmod32(un, ud)
	q, r = int32(uq), int32(ur)
	if (n < 0) != (d < 0) {
		q = -q
	}
	if n < 0 {
		r = -r
	}
	return q, r
}

func udivmod64(n, d uint64) (q, r uint64) {
	for i := 0; i < 64; i++ {
		carry := r >> 63
		r = r<<1 | n>>63
		n <<= 1
		q <<= 1
		if carry != 0 || r >= d {
			r -= d
			q |= 1
		}
	}
	return q, r
}

func divmod64(n, d int64) (q, r int64) {
	un, ud := uint64(n), uint64(d)
	if n < 0 {
		un = -un
	}
	if d < 0 {
		ud = -ud
	}
	uq, ur := udivmod64(un, ud)
	q, r = int64(uq), int64(ur)
	if (n < 0) != (d < 0) {
		q = -q
	}
	if n < 0 {
		r = -r
	}
	return q, r
}
