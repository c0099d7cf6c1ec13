//go:build !avr

package time

// formatBuffer is the size of Format's stack buffer: results up to it need no growth.
const formatBuffer = 64

// divideOutOfLine makes floorDiv a call (time.go): not where division by a constant
// is a few instructions.
const divideOutOfLine = false
