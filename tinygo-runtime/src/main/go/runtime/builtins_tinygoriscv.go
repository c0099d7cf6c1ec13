//go:build tinygo.riscv

package runtime

// libgccCmp is the result of the soft-float comparisons (builtins_softfloat_libgcc.go):
// a C int on RISC-V.
type libgccCmp = int32

// libgcc's routines for 64-bit multiplies and variable shifts, which LLVM calls on
// RV32 in functions marked minsize (-opt=z), where a call is shorter than the inline
// sequence. The work is builtins_int64.go's; the linker drops unused ones.

//export __muldi3
func muldi3(a, b uint64) uint64 { return lmul(a, b) }

//export __ashldi3
func ashldi3(a uint64, n int32) uint64 { return llsl(a, n) }

//export __lshrdi3
func lshrdi3(a uint64, n int32) uint64 { return llsr(a, n) }

//export __ashrdi3
func ashrdi3(a int64, n int32) int64 { return lasr(a, n) }
