//go:build gc.conservative

package runtime

import "unsafe"

// The conservative mark-sweep collector (gc=conservative). The heap region the
// target provides (heapStart..heapEnd) is cut into blocks of two pointer words; the
// first bytes of the region hold the metadata: 2 bits of state per block (free, the
// head of an object, the head of an object without pointers, or a tail block that
// continues the object before it), then 1 mark bit per block. An object is a head
// block and the tail blocks after it.
//
// Allocation searches for a run of free blocks from where the last one ended (next
// fit; on AVR from the first block, first fit, which keeps the top of its small heap
// free for large objects) and zeroes it; when the search reaches the end of the heap,
// a collection runs and the search starts again from the beginning. A collection marks every object
// that a root word points into (anywhere: interior pointers keep the whole object
// alive): the registers and stack of the running goroutine (tinygo_scanCurrentStack,
// in the target's start-up assembly, pushes the callee-saved registers and passes the
// stack pointer; gc_wasm.go on WebAssembly), the stacks of the other goroutines, and
// the globals. Marked objects that may hold pointers go on a small mark stack and are
// scanned word by word, depth first: the root scan empties the stack whenever it
// fills. When an object's scan overflows it, marking goes on and the heap is
// rescanned for marked objects afterwards, so the stack's size bounds memory, not
// correctness (on AVR there is no stack, and those passes do all the scanning:
// gcPasses). The sweep frees every unmarked object. Nothing is moved.
//
// On hosts and WebAssembly the heap grows: only gcActive blocks are used at first,
// and a collection that leaves more than half of them live doubles the count, up to
// the whole region (on the host a .bss array whose pages the kernel maps when they
// are first touched; on WebAssembly linear memory that memory.grow adds). On
// microcontrollers the heap is all the RAM between .bss and the stack from the start.
// WebAssembly has no registers to spill: the compiler keeps the values that live
// across calls in the linear-memory stack instead (gc_wasm.go).

const (
	ptrSize  = unsafe.Sizeof(uintptr(0))
	ptrAlign = unsafe.Alignof(uintptr(0)) // 1 on AVR: pointers may sit at any byte
	// A block is two pointer words: 4 bytes on AVR, 8 on 32-bit chips, 16 on the host.
	blockShift = 1 + ptrSize/2 - ptrSize/8
	blockSize  = uintptr(1) << blockShift

	blockFree       = 0
	blockTail       = 1
	blockHead       = 2
	blockHeadNoscan = 3

	noBlock = ^gcIndex(0)

	// Where gcWordScan is true (the host, whose heap reaches hundreds of megabytes),
	// the walk to an object's head skips a word's worth of block states at once when
	// they are all tails (a 64 KiB object is one head and 4,095 tails), and
	// allocation's search, a new object's tails and the sweep work on 64-bit words of
	// states (gcSearchWords, gcSetTails, gcSweepWord).
	statesPerWord = gcIndex(4 * ptrSize)
	allTails      = ^uintptr(0) / 3 // 01 in every 2 bits

	// On AVR (2 KiB of RAM on the Uno, where the heap is a few hundred blocks) there
	// is no mark stack: marking an object that may hold pointers only notes that some
	// marked object is not scanned yet (gcOverflow), and gcMarkRest's passes over the
	// heap scan every marked object until one marks nothing new. That takes less code
	// than the stack and its drains.
	gcPasses = ptrSize == 2
)

var (
	gcNext gcIndex // where the next search for free blocks starts
	gcHigh gcIndex // blocks from here on have never been allocated: all free (growing heaps)
	gcLive gcIndex // blocks allocated now

	gcStack    [gcStackSize]gcIndex // block numbers of marked objects still to scan
	gcStackLen gcIndex
	gcOverflow bool // a marked object did not fit on gcStack

	gcTotalAlloc uint64
	gcMallocs    uint32
	gcFrees      uint32
	gcNumGC      uint32
)

// alloc returns size bytes of zeroed memory that may hold pointers, aligned for any
// Go value. It is never inlined: the back end finds the calls whose objects cannot
// escape and turns them into stack slots.
//
//go:noinline
func alloc(size uintptr) unsafe.Pointer {
	return gcAlloc(size, blockHead)
}

// allocNoscan is alloc for objects that hold no pointers (string bytes, numbers):
// the collector does not look inside them.
//
//go:noinline
func allocNoscan(size uintptr) unsafe.Pointer {
	return gcAlloc(size, blockHeadNoscan)
}

// allocStack is allocNoscan for a goroutine's stack on the chips
// (stack_tasks_heap.go): the collector scans a stack itself, from its stack pointer up.
func allocStack(size uintptr) unsafe.Pointer {
	return allocNoscan(size)
}

//go:noinline
func gcAlloc(size uintptr, kind gcKind) unsafe.Pointer {
	if !gcLaidOut() {
		gcInit()
	}
	// (gcMaxSize keeps nn from wrapping, and within what a byte index names; where the
	// heap cannot grow, a size beyond it finds no room and ends the same way)
	if heapGrowStart != 0 && size > uintptr(gcBlocks())<<blockShift || size > gcMaxSize {
		gcOutOfMemory()
	}
	nn := (size + blockSize - 1) >> blockShift
	if nn == 0 {
		nn = 1
	}
	n := gcIndex(nn)
	b := gcSearch(gcNext, n)
	for b == noBlock && gcPercent < 0 && gcGrow() {
		// collection is off (debug.SetGCPercent): take more memory while there is more
		b = gcSearch(gcNext, n)
	}
	if b == noBlock {
		gcCollect()
		b = gcSearch(0, n)
		for b == noBlock {
			old := gcActive()
			if !gcGrow() {
				break
			}
			// Nothing fits below the old end: only a run reaching into the new blocks can.
			from := gcIndex(0)
			if n <= old {
				from = old + 1 - n
			}
			b = gcSearch(from, n)
		}
		if b == noBlock {
			gcOutOfMemory()
		}
	}
	gcSetState(b, kind)
	if gcWordScan {
		gcSetTails(b+1, b+n)
	} else {
		for i := gcIndex(1); i < n; i++ {
			gcSetState(b+i, blockTail)
		}
	}
	high := gcHigh
	if !gcPasses { // (AVR: first fit, gcNext stays 0)
		gcNext = b + n
	}
	if heapGrowStart != 0 && gcNext > gcHigh {
		gcHigh = gcNext
	}
	gcLive += n
	gcMallocs++
	gcTotalAlloc += uint64(nn << blockShift)
	p := gcData() + uintptr(b)<<blockShift
	end := p + nn<<blockShift
	if gcWordScan {
		// Blocks from the old gcHigh on were never handed out: still the zeros the
		// kernel mapped (a growing heap's memory is only ever written through objects).
		if fresh := gcData() + uintptr(high)<<blockShift; end > fresh {
			end = fresh
		}
		for q := p; q < end; q += blockSize {
			*(*uintptr)(unsafe.Pointer(q)) = 0
			*(*uintptr)(unsafe.Pointer(q + ptrSize)) = 0
		}
	} else if ptrSize == 2 {
		for q := p; q != end; q++ { // (bytes: the shortest loop on the 8-bit CPU)
			*(*uint8)(unsafe.Pointer(q)) = 0
		}
	} else {
		for q := p; q < end; q += ptrSize {
			*(*uintptr)(unsafe.Pointer(q)) = 0
		}
	}
	return unsafe.Pointer(p)
}

// The host's word-at-a-time forms (gcWordScan; 64-bit words, so 32 blocks' states a
// word, and their 32 mark bits a uint32). In a word of states, bit 2i is the low bit
// of block i's state and bit 2i+1 the high one: evenBits picks the low bits.
const (
	wordBlocks = 32
	evenBits   = uint64(0x5555555555555555)
)

// gcSetTails makes the free blocks [from, to) tails, a word of states at a time.
func gcSetTails(from, to gcIndex) {
	for from < to {
		i := from % wordBlocks
		k := to - (from - i) // the end within this word
		if k > wordBlocks {
			k = wordBlocks
		}
		mask := evenBits << (2 * i)
		if k < wordBlocks {
			mask &^= ^uint64(0) << (2 * k)
		}
		w := (*uint64)(unsafe.Pointer(gcMeta() + uintptr(from-i)>>2))
		*w |= mask
		from += k - i
	}
}

// gcSearchWords is gcSearch a word of states at a time: each step takes a run of free
// blocks and the run of used ones after it, found by counting trailing zeros (blocks
// before from, and from gcActive() on, count as used). It returns the same block as the
// loop over single blocks.
func gcSearchWords(from, n gcIndex) gcIndex {
	run := gcIndex(0)
	for b := from &^ (wordBlocks - 1); b < gcActive(); b += wordBlocks {
		w := *(*uint64)(unsafe.Pointer(gcMeta() + uintptr(b)>>2))
		used := (w | w>>1) & evenBits // bit 2i: block b+i is in use
		if end := gcActive() - b; end < wordBlocks {
			used |= evenBits << (2 * end)
		}
		i := gcIndex(0)
		if b < from {
			i = from - b
		}
		for {
			// the free blocks from i to the next one in use
			j := gcIndex(wordBlocks)
			if rest := used >> (2 * i) << (2 * i); rest != 0 {
				j = gcIndex(gcTrailingZeros(rest)) / 2
			}
			run += j - i
			if run >= n {
				return b + j - run
			}
			if j == wordBlocks {
				break
			}
			// the blocks in use from j to the next free one
			run = 0
			rest := (evenBits &^ used) >> (2 * j) << (2 * j)
			if rest == 0 {
				break
			}
			i = gcIndex(gcTrailingZeros(rest)) / 2
		}
	}
	return noBlock
}

// gcTrailingZeros counts the zero bits below the lowest set bit of x, which is not 0.
// The compiler gives it the machine's instruction where there is one (codegen
// MachineMath); the body is the fallback.
func gcTrailingZeros(x uint64) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// gcOnesCount counts the set bits of x (the compiler's instruction where there is one,
// as gcTrailingZeros).
func gcOnesCount(x uint64) int {
	x -= x >> 1 & 0x5555555555555555
	x = x&0x3333333333333333 + x>>2&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return int(x * 0x0101010101010101 >> 56)
}

// gcSweepWord sweeps the 32 blocks from b (a multiple of 32) whose states are in
// *p, and returns whether the last of them was freed (so that tails continuing into
// the next word are freed too) and how many of them stay allocated. freeing tells the
// same of the block before b. It frees the unmarked heads and the tails that follow a
// freed block: the tails of each object form a run of set bits once the odd bits are
// filled in, and adding a 1 at the run's start (the block after an unmarked head, or
// block 0 when freeing) clears the whole run by carrying through it.
func gcSweepWord(b gcIndex, p *uint64, freeing bool) (bool, gcIndex) {
	w := *p
	mp := (*uint32)(unsafe.Pointer(gcMarks() + uintptr(b)>>3))
	m := uint64(*mp) // spread to the even bits, next to the states
	m = (m | m<<16) & 0x0000ffff0000ffff
	m = (m | m<<8) & 0x00ff00ff00ff00ff
	m = (m | m<<4) & 0x0f0f0f0f0f0f0f0f
	m = (m | m<<2) & 0x3333333333333333
	m = (m | m<<1) & evenBits
	inUse := (w | w>>1) & evenBits
	heads := w >> 1 & evenBits
	tails := w &^ (w >> 1) & evenBits
	unmarked := heads &^ m
	carry := uint64(0)
	if freeing {
		carry = 1
	}
	freed := unmarked | tails&^((tails|tails<<1)+unmarked<<2+carry)
	*p = w &^ (freed | freed<<1)
	*mp = 0
	gcFrees += uint32(gcOnesCount(unmarked))
	return freed>>62 != 0, gcIndex(gcOnesCount(inUse &^ freed))
}

func gcClear(p, end uintptr) {
	for ; p < end; p++ {
		*(*uint8)(unsafe.Pointer(p)) = 0
	}
}

// gcUsed returns the end of the blocks that may be allocated: the collector's passes
// stop there. On growing heaps that is gcHigh, below which allocation has stayed; on
// microcontrollers the whole heap, whose passes are short (and gcHigh is not kept).
func gcUsed() gcIndex {
	if heapGrowStart == 0 {
		return gcActive()
	}
	return gcHigh
}

func gcOutOfMemory() {
	fatalPrint("runtime: out of memory")
}

// gcSearch returns the first of n free blocks in a row at or after block from, or
// noBlock.
func gcSearch(from, n gcIndex) gcIndex {
	if gcWordScan {
		return gcSearchWords(from, n)
	}
	run := gcIndex(0)
	for b := from; b < gcActive(); b++ {
		if gcState(b) != blockFree {
			run = 0
			continue
		}
		run++
		if run == n {
			return b + 1 - n
		}
	}
	return noBlock
}

func gcState(b gcIndex) gcKind {
	return gcKind(*(*uint8)(unsafe.Pointer(gcMeta() + uintptr(b>>2)))>>((b&3)*2)) & 3
}

// (The metadata accessors dereference converted addresses, not pointer variables,
// which the compiler would check for nil.)
func gcSetState(b gcIndex, s gcKind) {
	p := gcMeta() + uintptr(b>>2)
	mask, v := uint8(3), uint8(s)
	if ptrSize == 2 {
		// (one loop for both shifts: a shift by a variable is a loop on AVR)
		for i := b & 3; i != 0; i-- {
			mask <<= 2
			v <<= 2
		}
	} else {
		shift := (b & 3) * 2
		mask <<= shift
		v <<= shift
	}
	*(*uint8)(unsafe.Pointer(p)) = *(*uint8)(unsafe.Pointer(p))&^mask | v
}

// gcMark sets the mark bit of block b and reports whether it was clear.
func gcMark(b gcIndex) bool {
	p, bit := gcMarkBit(b)
	if *(*uint8)(unsafe.Pointer(p))&bit != 0 {
		return false
	}
	*(*uint8)(unsafe.Pointer(p)) |= bit
	return true
}

func gcMarked(b gcIndex) bool {
	p, bit := gcMarkBit(b)
	return *(*uint8)(unsafe.Pointer(p))&bit != 0
}

// gcMarkBit returns the address of the byte that holds block b's mark bit, and the
// bit. On AVR one copy serves gcMark and gcMarked (a shift by a variable is a loop on
// that CPU); elsewhere it is inlined.
func gcMarkBit(b gcIndex) (uintptr, uint8) {
	if gcPasses {
		return gcMarkBitOutlined(b)
	}
	return gcMarks() + uintptr(b>>3), uint8(1) << (b & 7)
}

//go:noinline
func gcMarkBitOutlined(b gcIndex) (uintptr, uint8) {
	return gcMarks() + uintptr(b>>3), uint8(1) << (b & 7)
}

// GC runs a garbage collection, then lets the other goroutines run where that costs
// nothing (gcYield).
func GC() {
	gcCollect()
	gcYield()
}

// gcCollect runs a garbage collection (GC, and allocation when the heap is full).
func gcCollect() {
	// KeepAlive's last argument was needed only until its call returned.
	keepAliveSink = nil
	if !gcLaidOut() {
		gcInit() // nothing allocated yet: a collection with nothing to do
	}
	// Marks from the roots (tinygo_scanstack, below) with the callee-saved registers
	// of every caller on the stack; on AVR a goroutine's marking runs on the main
	// stack (systemStack).
	sys := systemStack()
	if sys != 0 {
		systemEnter()
	}
	scanCurrentStack(sys)
	if sys != 0 {
		systemLeave()
	}
	gcSweep()
	gcNumGC++
	gcNext = 0
	if uintptr(gcLive)*2 > uintptr(gcActive()) {
		gcGrow()
	}
}

// gcScanStack is the mark phase on WebAssembly (gc_wasm.go). It is never inlined: the
// back end runs WasmStackRoots when this function is still in the optimised module,
// that is when the program can collect.
//
//go:noinline
func gcScanStack(sp uintptr) {
	gcMarkAll(sp)
}

// gcMarkAll is the mark phase, from the stack pointer sp up: native targets call it
// from tinygo_scanCurrentStack (through tinygo_scanstack, gc_native.go, into which it
// is inlined) with the stack pointer below the saved registers.
func gcMarkAll(sp uintptr) {
	gcMarkStacks(sp)
	gcMarkGlobals()
	gcMarkRest()
	if finStarted { // (never set in programs without finalizers: the code goes)
		// What unreachable objects with finalizers reach stays, and so do they, until
		// their finalizers ran.
		gcFinalizerRoots()
		gcMarkRest()
		gcFinalizersDue()
	}
}

// gcMarkRest scans the marked objects that are still to be scanned, and what they
// reach, until every object reachable from the marked ones is marked.
func gcMarkRest() {
	gcDrain()
	for up := true; gcOverflow; up = !up {
		// Some marked objects were not scanned: scanning every marked object again
		// (and what it reaches, at once) reaches their children; repeat until the
		// stack has kept up. On the host, whose heap is big, the passes go up and down
		// the heap in turn: a pass meets the objects that overflow as it goes, when
		// they lie ahead of it, and a long chain of pointers mostly runs one way
		// through the heap (the allocator hands out blocks in order), so the next pass
		// takes what this one left behind. So do they on AVR, where the passes do all
		// the marking (gcPasses). The Cortex-M chips' passes always go up: the code is
		// smaller, and a pass over a few thousand blocks costs little.
		gcOverflow = false
		for i := gcIndex(0); i < gcUsed(); i++ {
			b := i
			if (gcWordScan || gcPasses) && !up {
				b = gcUsed() - 1 - i
			}
			if gcState(b) == blockHead && gcMarked(b) {
				gcScanObject(b)
				gcDrain()
			}
		}
	}
}

// gcDrain scans the objects on the mark stack, and those their scans push, until it
// is empty.
func gcDrain() {
	if gcPasses {
		return
	}
	for gcStackLen > 0 {
		gcStackLen--
		// (gcStackSize is a power of two and gcStackLen below it: the mask changes
		// nothing but lets the compiler drop the bounds check and its panic)
		gcScanObject(gcStack[gcStackLen&gcIndex(gcStackSize-1)])
	}
}

// gcScanObject marks what the words of the object whose head is block b point to.
func gcScanObject(b gcIndex) {
	start := gcData() + uintptr(b)<<blockShift
	end := start + blockSize
	for b++; b < gcUsed() && gcState(b) == blockTail; b++ {
		end += blockSize
	}
	for p := start; p+ptrSize <= end; p += ptrAlign { // (start: a block, aligned)
		gcMarkWord(*(*uintptr)(unsafe.Pointer(p)))
	}
}

// gcMarkRange marks the objects that the pointer-aligned words of the root range
// [lo, hi) point into, and scans them whenever the mark stack fills: a deep stack
// holds thousands of roots, and leaving them to the overflow rescans would cost a
// pass over the heap per stackful.
func gcMarkRange(lo, hi uintptr) {
	for p := (lo + ptrAlign - 1) &^ (ptrAlign - 1); p+ptrSize <= hi; p += ptrAlign {
		gcMarkRoot(*(*uintptr)(unsafe.Pointer(p)))
	}
}

// gcMarkRoot is gcMarkWord for a root word.
func gcMarkRoot(w uintptr) {
	gcMarkWord(w)
	if !gcPasses && gcStackLen == gcIndex(gcStackSize) {
		gcDrain()
	}
}

// gcMarkStack is gcMarkRange for a stack. AVR pushes a register pair high byte
// first, so the callee-saved registers that prologues (and tinygo_scanCurrentStack)
// save hold their pointers with the bytes swapped: there both orders count, in one
// pass over the bytes (a pointer may start at any of them).
func gcMarkStack(lo, hi uintptr) {
	if ptrSize != 2 {
		gcMarkRange(lo, hi)
		return
	}
	for p := lo; p+2 <= hi; p++ {
		w := *(*uintptr)(unsafe.Pointer(p))
		gcMarkRoot(w)
		gcMarkRoot(w>>8 | w<<8)
	}
}

// gcHeadOf returns the head block of the allocated object that w points into, and
// its state; noBlock and blockFree when w points into none.
func gcHeadOf(w uintptr) (gcIndex, gcKind) {
	data := gcData()
	if w < data {
		return noBlock, blockFree
	}
	i := (w - data) >> blockShift
	if i >= uintptr(gcUsed()) {
		return noBlock, blockFree
	}
	b := gcIndex(i)
	s := gcState(b)
	if s == blockFree {
		return noBlock, blockFree
	}
	for s == blockTail {
		if gcWordScan && b%statesPerWord == 0 && *(*uintptr)(unsafe.Pointer(gcMeta() + uintptr(b-statesPerWord)>>2)) == allTails {
			b -= statesPerWord // (a tail has a head before it: b is not 0)
			continue
		}
		b--
		s = gcState(b)
	}
	return b, s
}

// gcMarkWord marks the object that w points into, if any.
func gcMarkWord(w uintptr) {
	b, s := gcHeadOf(w)
	if s == blockFree || !gcMark(b) || s == blockHeadNoscan {
		return
	}
	if !gcPasses && gcStackLen < gcIndex(gcStackSize) {
		gcStack[gcStackLen] = b
		gcStackLen++
	} else {
		gcOverflow = true
	}
}

// gcSweep frees the objects that are not marked and clears the marks of the others.
func gcSweep() {
	freeing := false
	live := gcIndex(0)
	marksDone := gcIndex(0) // the marks below this block are clear
	for b := gcIndex(0); b < gcUsed(); b++ {
		if gcWordScan && b%wordBlocks == 0 && b+wordBlocks <= gcUsed() {
			p := (*uint64)(unsafe.Pointer(gcMeta() + uintptr(b)>>2))
			if *p == 0 || *p == uint64(allTails) {
				// All free (nothing to do: a tail never follows a free block), or all
				// tails of the object before them; neither has marks.
				if *p != 0 {
					if freeing {
						*p = 0
					} else {
						live += wordBlocks
					}
				}
			} else {
				var kept gcIndex
				freeing, kept = gcSweepWord(b, p, freeing)
				live += kept
			}
			b += wordBlocks - 1
			marksDone = b + 1
			continue
		}
		// A head's mark decides for its tails, which follow it (free blocks have no
		// mark and change nothing: a tail never follows one).
		s := gcState(b)
		if s == blockFree {
			continue
		}
		if s != blockTail {
			// gcMark reports whether the mark was clear: then the object is garbage.
			freeing = gcMark(b)
			if freeing {
				gcFrees++
			}
		}
		if freeing {
			gcSetState(b, blockFree)
		} else {
			live++
		}
	}
	if heapGrowStart == 0 {
		gcClear(gcMarks(), gcData()) // (the metadata's padding after the marks too)
	} else {
		gcClear(gcMarks()+uintptr(marksDone)>>3, gcMarks()+(uintptr(gcUsed())+7)>>3)
	}
	gcLive = live
}

// numGC is ReadMemStats's NumGC alone, for debug.ReadGCStats, which so needs no
// MemStats (on the Uno, its 200 bytes are a large part of the heap).
func numGC() uint32 {
	return gcNumGC
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	live := uint64(gcLive) << blockShift
	sys := uint64(gcActive()) << blockShift
	*m = MemStats{
		Alloc:       live,
		TotalAlloc:  gcTotalAlloc,
		Sys:         sys + uint64(gcData()-gcMeta()),
		Mallocs:     uint64(gcMallocs),
		Frees:       uint64(gcFrees),
		HeapAlloc:   live,
		HeapSys:     sys,
		HeapIdle:    sys - live,
		HeapInuse:   live,
		HeapObjects: uint64(gcMallocs - gcFrees),
		NumGC:       gcNumGC,
		EnableGC:    true,
	}
}
