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

//go:extern _stack_top
var stackTopSymbol [0]byte

// The first global that may hold a heap pointer: .data on Cortex-M, where constants
// stay in flash; on AVR, .data after the constants that share its RAM (avr.ld).
//
//go:extern _sdata_rw
var dataStartSymbol [0]byte

//go:extern _ebss
var bssEndSymbol [0]byte

// mainStackTop is the top of the stack the program starts on.
func mainStackTop() uintptr {
	return uintptr(unsafe.Pointer(&stackTopSymbol))
}

// gcMarkGlobals marks what .data and .bss point to.
func gcMarkGlobals() {
	gcMarkRange(uintptr(unsafe.Pointer(&dataStartSymbol)), uintptr(unsafe.Pointer(&bssEndSymbol)))
}
