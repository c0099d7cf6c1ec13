//go:build cortexm

package runtime

// Run-time ABI routines (Arm "Run-time ABI for the Arm Architecture") for 64-bit
// multiplies and variable shifts: LLVM calls them on ARMv6-M, which lacks a 32x32->64
// multiply and 64-bit variable shifts, and on every Cortex-M in functions marked
// minsize (-opt=z), where a call is shorter than the inline sequence. They use only
// 32-bit multiplies and shifts, so they never call themselves. Unused ones are
// dropped by the linker.

// mul32x32 is the full 64-bit product of two 32-bit values, from 16-bit halves.
func mul32x32(a, b uint32) uint64 {
	a0, a1 := a&0xffff, a>>16
	b0, b1 := b&0xffff, b>>16
	mid := uint64(a0*b1) + uint64(a1*b0)
	return uint64(a0*b0) + mid<<16 + uint64(a1*b1)<<32
}

//export __aeabi_lmul
func aeabiLmul(a, b uint64) uint64 {
	alo, ahi := uint32(a), uint32(a>>32)
	blo, bhi := uint32(b), uint32(b>>32)
	return mul32x32(alo, blo) + uint64(ahi*blo+alo*bhi)<<32
}

//export __aeabi_llsl
func aeabiLlsl(a uint64, n int32) uint64 {
	lo, hi := uint32(a), uint32(a>>32)
	if n >= 32 {
		return uint64(lo<<uint32(n-32)) << 32
	}
	if n == 0 {
		return a
	}
	return uint64(hi<<uint32(n)|lo>>uint32(32-n))<<32 | uint64(lo<<uint32(n))
}

//export __aeabi_llsr
func aeabiLlsr(a uint64, n int32) uint64 {
	lo, hi := uint32(a), uint32(a>>32)
	if n >= 32 {
		return uint64(hi >> uint32(n-32))
	}
	if n == 0 {
		return a
	}
	return uint64(hi>>uint32(n))<<32 | uint64(lo>>uint32(n)|hi<<uint32(32-n))
}

//export __aeabi_lasr
func aeabiLasr(a int64, n int32) int64 {
	lo, hi := uint32(a), int32(a>>32)
	if n >= 32 {
		return int64(hi >> uint32(n-32))
	}
	if n == 0 {
		return a
	}
	return int64(hi>>uint32(n))<<32 | int64(lo>>uint32(n)|uint32(hi)<<uint32(32-n))
}
