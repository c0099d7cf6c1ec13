//go:build avr

package runtime

// The reserve on the AVR: a goroutine stack is 256 bytes by default; a report's calls
// take a few bytes each.
const stackReserve = 48
