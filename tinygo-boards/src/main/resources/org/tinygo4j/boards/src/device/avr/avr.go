// Package avr gives Go code on AVR chips access to the instructions that Go itself
// has no syntax for.
package avr

// Asm emits the given assembly instruction in place. It has no body: the compiler
// treats calls to it as an intrinsic, and the argument must be a constant string.
func Asm(asm string)
