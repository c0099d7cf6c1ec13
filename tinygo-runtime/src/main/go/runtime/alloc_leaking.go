package runtime

import "unsafe"

// The heap is a bump allocator that never frees (gc=leaking): memory comes from the
// region heapStart..heapEnd that the target provides, and is already zero because
// it lies in .bss or in memory that was never used.

var heapPtr uintptr

// alloc returns size bytes of zeroed memory, aligned for any Go value. It is never
// inlined: the back end finds the calls whose objects cannot escape and turns them into
// stack slots.
//
//go:noinline
func alloc(size uintptr) unsafe.Pointer {
	if heapPtr == 0 {
		heapPtr = heapStart()
	}
	align := unsafe.Sizeof(heapPtr)
	size = (size + align - 1) &^ (align - 1)
	p := heapPtr
	if p+size > heapEnd() || p+size < p {
		runtimePanic("out of memory")
	}
	heapPtr = p + size
	allocCount++
	return unsafe.Pointer(p)
}

// GC runs a garbage collection. With the leaking allocator nothing is ever freed, so
// there is nothing to do.
func GC() {
}
