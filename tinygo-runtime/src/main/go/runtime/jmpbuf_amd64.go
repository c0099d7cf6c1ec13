//go:build amd64

package runtime

// jmpBuf holds what setjmp saves (see the target's start-up assembly).
type jmpBuf [8]uintptr
