//go:build cortexm || tinygo.riscv

package runtime

// 64-bit multiplies and variable shifts from 32-bit operations, for the library
// routines LLVM calls on 32-bit chips: the Arm run-time ABI's (builtins_arm_int64.go)
// and libgcc's on RISC-V (builtins_tinygoriscv.go). They use only 32-bit multiplies
// and shifts, so they never call themselves.

// mul32x32 is the full 64-bit product of two 32-bit values, from 16-bit halves.
func mul32x32(a, b uint32) uint64 {
	a0, a1 := a&0xffff, a>>16
	b0, b1 := b&0xffff, b>>16
	mid := uint64(a0*b1) + uint64(a1*b0)
	return uint64(a0*b0) + mid<<16 + uint64(a1*b1)<<32
}

func lmul(a, b uint64) uint64 {
	alo, ahi := uint32(a), uint32(a>>32)
	blo, bhi := uint32(b), uint32(b>>32)
	return mul32x32(alo, blo) + uint64(ahi*blo+alo*bhi)<<32
}

func llsl(a uint64, n int32) uint64 {
	lo, hi := uint32(a), uint32(a>>32)
	if n >= 32 {
		return uint64(lo<<uint32(n-32)) << 32
	}
	if n == 0 {
		return a
	}
	return uint64(hi<<uint32(n)|lo>>uint32(32-n))<<32 | uint64(lo<<uint32(n))
}

func llsr(a uint64, n int32) uint64 {
	lo, hi := uint32(a), uint32(a>>32)
	if n >= 32 {
		return uint64(hi >> uint32(n-32))
	}
	if n == 0 {
		return a
	}
	return uint64(hi>>uint32(n))<<32 | uint64(lo>>uint32(n)|hi<<uint32(32-n))
}

func lasr(a int64, n int32) int64 {
	lo, hi := uint32(a), int32(a>>32)
	if n >= 32 {
		return int64(hi >> uint32(n-32))
	}
	if n == 0 {
		return a
	}
	return int64(hi>>uint32(n))<<32 | int64(lo>>uint32(n)|uint32(hi)<<uint32(32-n))
}
