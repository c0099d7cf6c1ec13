// Package debug holds the runtime's debugging controls, with Go 1.19's API: the
// collector's settings and statistics here and in gcstats.go, build information
// (buildinfo.go), stacks and heap dumps (stack.go). Controls that the runtime has no
// use for keep their setting, so that they return the previous one as Go's do.
package debug

import (
	"runtime"
	_ "unsafe"
)

//go:linkname setGCPercent runtime.setGCPercent
func setGCPercent(percent int32) int32

// numGC is the number of collections so far (runtime.MemStats' NumGC).
//
//go:linkname numGC runtime.numGC
func numGC() uint32

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

// maxThreads is the thread limit last set (Go's default, 10000).
var maxThreads = 10000

// SetMaxThreads sets the largest number of operating system threads the program may
// use and returns the previous setting. Goroutines here share the one thread, so only
// the setting is kept.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// memoryLimit is the soft memory limit last set (Go's default, math.MaxInt64; the
// GOMEMLIMIT environment variable is not read).
var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit sets the soft limit of the memory the runtime uses and returns the
// previous setting; a negative limit leaves it as it is, so it only reads it. The
// collector does not pace itself, so only the setting is kept.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// panicOnFault is SetPanicOnFault's setting for the program (gc keeps one per
// goroutine).
var panicOnFault bool

// SetPanicOnFault sets whether an unexpected fault at a non-nil address panics
// instead of crashing the program, and returns the previous setting (false at start).
// Only the setting is kept: a memory fault ends the program either way (a nil
// dereference is a panic whatever the setting, as in Go).
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}
