// Package debug holds the runtime's debugging controls that make sense here.
package debug

import (
	"runtime"
	_ "unsafe"
)

//go:linkname setGCPercent runtime.setGCPercent
func setGCPercent(percent int32) int32

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting (100 at start). A negative value turns collection off: a full heap grows
// instead, where the target can grow it (a heap that cannot grow is still collected);
// runtime.GC collects in any case. The collector does not pace itself by the
// percentage, so only its sign changes anything.
func SetGCPercent(percent int) int {
	if percent < 0 {
		percent = -1 // as Go keeps it
	}
	return int(setGCPercent(int32(percent)))
}

// FreeOSMemory forces a garbage collection. The heap's memory stays with the program
// (nothing is returned to the system).
func FreeOSMemory() {
	runtime.GC()
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
