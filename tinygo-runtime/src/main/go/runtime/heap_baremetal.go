//go:build baremetal

package runtime

import "unsafe"

// On microcontrollers the heap lies between the end of .bss and the stack, as the
// linker script defines it.

//go:extern _heap_start
var heapStartSymbol [0]byte

//go:extern _heap_end
var heapEndSymbol [0]byte

func heapStart() uintptr {
	return uintptr(unsafe.Pointer(&heapStartSymbol))
}

func heapEnd() uintptr {
	return uintptr(unsafe.Pointer(&heapEndSymbol))
}

// The whole heap is in use from the start: there is nothing to grow into.
const heapGrowStart = 0

// Chips' heaps are small: the collector looks at one block state at a time.
const gcWordScan = false

// Entries of the collector's mark stack: 32 on 32-bit chips; overflow costs a pass
// over the heap, not correctness. (AVR has none: gcPasses; the 4 here go unused.)
const gcStackSize = unsafe.Sizeof(uintptr(0)) * unsafe.Sizeof(uintptr(0)) * unsafe.Sizeof(uintptr(0)) / 2

// heapGrowTo reports whether the heap may be used up to end: all of it is there from
// the start.
func heapGrowTo(end uintptr) bool {
	return true
}
