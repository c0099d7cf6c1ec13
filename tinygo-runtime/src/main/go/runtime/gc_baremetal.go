//go:build gc.conservative && baremetal

package runtime

import "unsafe"

// The collector's roots on microcontrollers, from the linker script's symbols.

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
