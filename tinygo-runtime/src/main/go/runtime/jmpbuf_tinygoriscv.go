//go:build tinygo.riscv32

package runtime

// jmpBuf holds what setjmp saves (see targets/riscv.s): sp, ra, s0-s11.
type jmpBuf [14]uintptr
