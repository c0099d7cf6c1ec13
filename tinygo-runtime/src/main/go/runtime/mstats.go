package runtime

// Memory statistics and the finalizer API, for the leaking heap: nothing is ever freed,
// so frees are zero and the live heap is everything allocated.

// allocCount counts the heap allocations made (MemStats.Mallocs).
var allocCount uint64

// A MemStats records statistics about the memory allocator (the fields Go programs
// commonly read; the others stay zero).
type MemStats struct {
	Alloc        uint64 // bytes of allocated heap objects
	TotalAlloc   uint64 // cumulative bytes allocated
	Sys          uint64 // bytes of memory obtained for the heap
	Mallocs      uint64 // cumulative count of heap objects allocated
	Frees        uint64 // cumulative count of heap objects freed
	HeapAlloc    uint64 // as Alloc
	HeapSys      uint64 // as Sys
	HeapIdle     uint64 // bytes of the heap not in use
	HeapInuse    uint64 // bytes of the heap in use
	HeapReleased uint64
	HeapObjects  uint64 // live heap objects
	NumGC        uint32 // completed collections
}

// ReadMemStats fills m with the allocator's statistics.
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
	}
}

// SetFinalizer would arrange for finalizer to run when obj becomes unreachable. Go
// does not promise that finalizers ever run; with a heap that never frees, none does.
func SetFinalizer(obj any, finalizer any) {
}

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any) {
}
