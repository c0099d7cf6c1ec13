//go:build avr && !avr6

package runtime

// jmpBuf holds what setjmp saves (see the target's start-up assembly).
type jmpBuf [11]uintptr
