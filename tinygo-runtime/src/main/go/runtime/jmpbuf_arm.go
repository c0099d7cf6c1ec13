//go:build cortexm && !fpu

package runtime

// jmpBuf holds what setjmp saves (see the target's start-up assembly).
type jmpBuf [10]uintptr
