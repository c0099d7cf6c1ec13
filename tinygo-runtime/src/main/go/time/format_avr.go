//go:build avr

package time

// formatBuffer is the size of Format's stack buffer. On the Uno, whose main stack is
// 512 bytes, half of the usual: longer results grow on the heap.
const formatBuffer = 32

// divideOutOfLine makes floorDiv a call (time.go).
const divideOutOfLine = true
