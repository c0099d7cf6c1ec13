//go:build cortexm

package runtime

// Run-time ABI routines (Arm "Run-time ABI for the Arm Architecture") for 64-bit
// multiplies and variable shifts: LLVM calls them on ARMv6-M, which lacks a 32x32->64
// multiply and 64-bit variable shifts, and on every Cortex-M in functions marked
// minsize (-opt=z), where a call is shorter than the inline sequence. The work is
// builtins_int64.go's. Unused ones are dropped by the linker.

//export __aeabi_lmul
func aeabiLmul(a, b uint64) uint64 { return lmul(a, b) }

//export __aeabi_llsl
func aeabiLlsl(a uint64, n int32) uint64 { return llsl(a, n) }

//export __aeabi_llsr
func aeabiLlsr(a uint64, n int32) uint64 { return llsr(a, n) }

//export __aeabi_lasr
func aeabiLasr(a int64, n int32) int64 { return lasr(a, n) }
