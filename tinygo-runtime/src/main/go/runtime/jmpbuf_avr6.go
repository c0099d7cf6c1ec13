//go:build avr6

package runtime

// jmpBuf holds what setjmp saves on AVR chips with a 3-byte program counter: 23
// bytes, as the return address takes one more (see targets/avr6.s).
type jmpBuf [12]uintptr
