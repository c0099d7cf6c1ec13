//go:build gc.conservative && linux && !baremetal && !wasm

package runtime

import "unsafe"

// The collector's roots on the Linux host.

// mainStackTop is the top of the stack the program starts on: above it are only the
// arguments and the environment.
func mainStackTop() uintptr {
	return startSP
}

// lld defines these around the sections of a static executable: code ends at etext,
// then come the constants, .data and .bss (which holds the heap) up to end.
//
//go:extern etext
var textEndSymbol [0]byte

//go:extern end
var bssEndSymbol [0]byte

// gcMarkGlobals marks what the globals point to: everything between the end of the
// code and the end of .bss, except the heap itself.
func gcMarkGlobals() {
	gcMarkRange(uintptr(unsafe.Pointer(&textEndSymbol)), heapStart())
	gcMarkRange(heapEnd(), uintptr(unsafe.Pointer(&bssEndSymbol)))
}
