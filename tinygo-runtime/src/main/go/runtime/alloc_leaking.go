//go:build !gc.conservative && !gc.none

package runtime

import "unsafe"

// The heap is a bump allocator that never frees (gc=leaking): memory comes from the
// region heapStart..heapEnd that the target provides (growing it with heapGrowTo on
// WebAssembly), and is already zero because it lies in .bss or in memory that was
// never used.

var heapPtr uintptr

// allocCount counts the heap allocations made (MemStats.Mallocs).
var allocCount uint64

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
	if p+size > heapEnd() || p+size < p || !heapGrowTo(p+size) {
		fatalPrint("runtime: out of memory")
	}
	heapPtr = p + size
	allocCount++
	return unsafe.Pointer(p)
}

// allocNoscan is alloc for objects without pointers, which only a collector tells apart.
//
//go:noinline
func allocNoscan(size uintptr) unsafe.Pointer {
	return alloc(size)
}

// allocStack allocates a goroutine's stack.
func allocStack(size uintptr) unsafe.Pointer {
	return alloc(size)
}

// GC runs a garbage collection. With the leaking allocator nothing is ever freed, so
// there is nothing to do.
func GC() {
}

// numGC is ReadMemStats's NumGC alone, for debug.ReadGCStats: nothing is collected.
func numGC() uint32 {
	return 0
}

// ReadMemStats fills m with the allocator's statistics: nothing is ever freed, so
// frees are zero and the live heap is everything allocated.
func ReadMemStats(m *MemStats) {
	used := uint64(0)
	if heapPtr != 0 {
		used = uint64(heapPtr - heapStart())
	}
	total := uint64(heapEnd() - heapStart())
	*m = MemStats{
		Alloc:       used,
		TotalAlloc:  used,
		Sys:         total,
		Mallocs:     allocCount,
		HeapAlloc:   used,
		HeapSys:     total,
		HeapIdle:    total - used,
		HeapInuse:   used,
		HeapObjects: allocCount,
		EnableGC:    true,
	}
}
