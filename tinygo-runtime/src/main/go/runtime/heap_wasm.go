//go:build wasm

package runtime

import "unsafe"

// On WebAssembly the heap starts at __heap_base, after the stack (--stack-first) and
// the static data, and takes the linear memory from there; heapGrowTo asks for more
// pages with memory.grow as the heap needs them, up to heapLimit bytes. The region's
// end (heapEnd) is that limit, beyond the memory that exists at first: the collector
// lays out its metadata for the whole region at its start and uses the blocks after
// it from the first heapGrowStart bytes on, doubling them as it grows.
const (
	heapLimit     = 64 << 20
	heapGrowStart = 1 << 20
	wasmPageSize  = 64 << 10

	// entries of the collector's mark stack (overflow costs a pass over the heap)
	gcStackSize = 256

	// Not here: goroutines have no stacks in the heap on wasm (they are coroutines),
	// and the code (450 bytes) is worth more than the speed on heaps of small objects.
	gcWordScan = false
)

//go:extern __heap_base
var heapBaseSymbol [0]byte

//go:linkname wasmMemorySize llvm.wasm.memory.size.i32
func wasmMemorySize(index int32) int32

//go:linkname wasmMemoryGrow llvm.wasm.memory.grow.i32
func wasmMemoryGrow(index int32, pages int32) int32

func heapStart() uintptr {
	return uintptr(unsafe.Pointer(&heapBaseSymbol))
}

func heapEnd() uintptr {
	return heapStart() + heapLimit
}

// heapGrowTo grows the linear memory so that it reaches end, and reports whether it
// does: memory.grow fails when the host will not give more.
func heapGrowTo(end uintptr) bool {
	have := uintptr(wasmMemorySize(0)) * wasmPageSize
	if end <= have {
		return true
	}
	pages := (end - have + wasmPageSize - 1) / wasmPageSize
	return wasmMemoryGrow(0, int32(pages)) != -1
}
