//go:build cortexm && fpu

package runtime

// jmpBuf holds what setjmp saves on Cortex-M cores with an FPU: sp, lr and r4-r11 as
// on the others, then s16-s31 (see cortex-m.s).
type jmpBuf [26]uintptr
