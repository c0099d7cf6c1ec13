//go:build avr

package runtime

// cInt is C's int: 16 bits on AVR.
type cInt = int16
