// Package debug holds the runtime's debugging controls that make sense here.
package debug

// gcPercent is the collection target last set (Go's default is 100).
var gcPercent = 100

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting; a negative value disables collection. The leaking heap never collects, so
// only the setting is kept.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

// FreeOSMemory forces a garbage collection and returns memory to the system; with the
// leaking heap there is nothing to return.
func FreeOSMemory() {
}

// maxStack is the stack size limit last set (Go's default on 64-bit systems is 1 GB).
var maxStack = 1 << 30

// SetMaxStack sets the largest stack a goroutine may use and returns the previous
// setting. Stacks here have a fixed size per target, so only the setting is kept.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}
