package runtime

// Memory statistics and the finalizer API. ReadMemStats belongs to the allocator
// (alloc_leaking.go, gc_conservative.go); MemStats is in mstats_full.go, or
// mstats_small.go on the chips.

// gcPercent is debug.SetGCPercent's setting (Go's default, 100). Only its sign
// counts: a negative value turns collection off, so that a full heap grows where it
// can (the host and WebAssembly) instead of collecting; a heap that cannot grow is
// collected all the same, where Go would ask the system for more memory. runtime.GC
// collects whatever the setting, as in Go. A program that never sets it has the
// constant 100 here, and the optimiser drops the test.
var gcPercent int32 = 100

// setGCPercent is debug.SetGCPercent (linked by name from runtime/debug).
func setGCPercent(percent int32) int32 {
	old := gcPercent
	gcPercent = percent
	return old
}

// SetFinalizer arranges for finalizer to run when obj becomes unreachable. The
// compiler turns a call whose obj has a pointer type and whose finalizer has a
// function type into a call of setFinalizer (finalizer.go), where the collector has
// finalizers (gc=conservative with a scheduler); this function is what is left: a
// call with interface-typed arguments, or a program whose collector never finds
// objects unreachable (gc=leaking, gc=none) or that cannot start the finalizer
// goroutine (scheduler=none). Go does not promise that finalizers ever run, and
// these never do.
func SetFinalizer(obj any, finalizer any) {
}

// keepAliveSink is written by KeepAlive, so that the call (and its argument) cannot be
// optimised away; a collection clears it before it marks.
var keepAliveSink any

// KeepAlive marks x as reachable up to this call: x is an argument of a call that
// stores it, so it is in a register or on the stack, where the collector looks, until
// then.
//
//go:noinline
func KeepAlive(x any) {
	keepAliveSink = x
}
