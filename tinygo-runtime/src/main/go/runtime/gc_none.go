//go:build gc.none

package runtime

import "unsafe"

// No heap (gc=none), for programs that must not allocate. The compiler turns every
// allocation that the program can reach after optimisation into an error at its
// position (codegen's NoHeap check), except what only a panic reaches: the panic
// record, a run-time error's value and its message. Those come from a small static
// arena that is never freed; a program that panics and recovers often enough to use
// it up ends with the out-of-memory fatal error.

// panicArena is the arena: 128 pointer words, enough for a panic of a run-time error
// with its message.
var panicArena [128 * unsafe.Sizeof(uintptr(0))]byte

var panicArenaUsed uintptr

//go:noinline
func alloc(size uintptr) unsafe.Pointer {
	align := unsafe.Sizeof(uintptr(0))
	size = (size + align - 1) &^ (align - 1)
	if size > uintptr(len(panicArena))-panicArenaUsed {
		fatalPrint("runtime: out of memory")
	}
	p := unsafe.Pointer(&panicArena[panicArenaUsed])
	panicArenaUsed += size
	return p
}

//go:noinline
func allocNoscan(size uintptr) unsafe.Pointer {
	return alloc(size)
}

// allocStack allocates a goroutine's stack.
func allocStack(size uintptr) unsafe.Pointer {
	return alloc(size)
}

// GC runs a garbage collection: without a heap there is nothing to collect.
func GC() {
}

// numGC is ReadMemStats's NumGC alone, for debug.ReadGCStats: nothing is collected.
func numGC() uint32 {
	return 0
}

// ReadMemStats fills m with the allocator's statistics: all zero, as the program
// allocates nothing (the panic arena aside).
func ReadMemStats(m *MemStats) {
	*m = MemStats{EnableGC: true}
}
