//go:build !avr

package runtime

// cInt is C's int: 32 bits everywhere but AVR.
type cInt = int32
