//go:build linux && !baremetal

package runtime

import "unsafe"

// 256 MiB of .bss, whose pages the kernel maps when they are first touched. The
// collector starts with the first heapGrowStart bytes and grows from there.
const (
	heapSize      = 256 << 20
	heapGrowStart = 1 << 20
)

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
