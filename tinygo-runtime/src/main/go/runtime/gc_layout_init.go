//go:build gc.conservative && !atmega328p

package runtime

// The heap's layout (gc_conservative.go), computed at the first allocation or
// collection from the region the target provides; the heap grows on hosts and
// WebAssembly. (On the Uno's chip the linker script computes it: gc_layout_link.go.)

var (
	gcMetaAt  uintptr // the state bitmap, at the start of the heap region
	gcMarksAt uintptr // the mark bitmap, after it
	gcDataAt  uintptr // the first block, after the metadata
	gcBlocksN gcIndex // blocks in the region
	gcActiveN gcIndex // blocks in use (grows on hosts)
)

func gcMeta() uintptr   { return gcMetaAt }
func gcMarks() uintptr  { return gcMarksAt }
func gcData() uintptr   { return gcDataAt }
func gcBlocks() gcIndex { return gcBlocksN }
func gcActive() gcIndex { return gcActiveN }
func gcLaidOut() bool   { return gcMetaAt != 0 }

// gcInit lays out the heap: metadata for as many blocks as the region could hold,
// then the blocks. The metadata is cleared here, as RAM after a reset need not be.
func gcInit() {
	start := (heapStart() + blockSize - 1) &^ (blockSize - 1)
	size := heapEnd() - start
	n := size >> blockShift
	if n > gcMaxBlocks {
		n = gcMaxBlocks
	}
	states := (n + 3) >> 2
	meta := (states + (n+7)>>3 + blockSize - 1) &^ (blockSize - 1)
	gcMetaAt = start
	gcMarksAt = start + states
	gcDataAt = start + meta
	blocks := (size - meta) >> blockShift
	if gcMaxBlocks != ^uintptr(0) && blocks > n {
		blocks = n // (a byte index: the metadata covers gcMaxBlocks)
	}
	gcBlocksN = gcIndex(blocks)
	gcActiveN = gcBlocksN
	if heapGrowStart != 0 && blocks > heapGrowStart>>blockShift {
		gcActiveN = gcIndex(heapGrowStart >> blockShift)
	}
	if !heapGrowTo(start + meta + uintptr(gcActiveN)<<blockShift) {
		gcOutOfMemory()
	}
	if heapGrowStart == 0 {
		// The whole region is in use: states and marks, one after the other.
		gcClear(gcMetaAt, gcMetaAt+meta)
	} else {
		// Metadata beyond the first blocks in use is only ever touched by growing, on
		// hosts and WebAssembly, where the region is still zero.
		gcClear(gcMetaAt, gcMetaAt+(uintptr(gcActiveN)+3)>>2)
		gcClear(gcMarksAt, gcMarksAt+(uintptr(gcActiveN)+7)>>3)
	}
	// Block 0 is never handed out: gcDataAt, a global and so a root, holds its address
	// and would keep whatever object starts there alive for good. It is an object of
	// one block without pointers, which that root keeps.
	gcSetState(0, blockHeadNoscan)
}

// gcGrow doubles the blocks in use, up to the whole region and as far as the target
// gives memory (memory.grow on WebAssembly), and reports whether there are more.
func gcGrow() bool {
	if heapGrowStart == 0 {
		return false // the whole region is in use from the start (microcontrollers)
	}
	n := gcActiveN + gcActiveN
	if n > gcBlocksN {
		n = gcBlocksN
	}
	if n == gcActiveN || !heapGrowTo(gcDataAt+uintptr(n)<<blockShift) {
		return false
	}
	gcActiveN = n
	return true
}
