//go:build baremetal

package runtime

// A MemStats records statistics about the memory allocator, with gc's fields but its
// three arrays (PauseNs, PauseEnd, BySize): with them a MemStats takes 5.6 KB, more
// than a chip's heap can spare (the Uno has 2 KB of RAM), and nothing here would fill
// them. A program that reads them does not compile for a chip. The collectors fill
// the fields they know (see their ReadMemStats); the rest are zero. EnableGC is true,
// as in gc.
type MemStats struct {
	// The heap, as a whole and by objects.
	Alloc      uint64 // bytes of allocated heap objects
	TotalAlloc uint64 // cumulative bytes allocated
	Sys        uint64 // bytes of memory obtained for the heap and its metadata
	Lookups    uint64 // pointer lookups by the runtime (none)
	Mallocs    uint64 // cumulative count of heap objects allocated
	Frees      uint64 // cumulative count of heap objects freed

	HeapAlloc    uint64 // as Alloc
	HeapSys      uint64 // bytes of the heap's memory
	HeapIdle     uint64 // bytes of the heap not in use
	HeapInuse    uint64 // bytes of the heap in use
	HeapReleased uint64 // bytes given back to the system (none)
	HeapObjects  uint64 // live heap objects

	// Memory the runtime keeps for itself, in gc's categories (zero here).
	StackInuse  uint64
	StackSys    uint64
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// The collector.
	NextGC        uint64  // heap size at which the next collection is due (0: unknown)
	LastGC        uint64  // end of the last collection, ns since 1970 (0: not timed)
	PauseTotalNs  uint64  // total stop-the-world time (not timed)
	NumGC         uint32  // completed collections
	NumForcedGC   uint32  // collections forced by runtime.GC (not counted apart)
	GCCPUFraction float64 // share of CPU time the collector used (not timed)
	EnableGC      bool    // always true
	DebugGC       bool    // unused, as in gc
}
