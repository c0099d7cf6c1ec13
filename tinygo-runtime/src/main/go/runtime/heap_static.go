//go:build (linux && !baremetal) || wasm

package runtime

import "unsafe"

// On hosted targets the heap is a zero-filled array in .bss.
var heapArea [1 << 20]byte

func heapStart() uintptr {
	return uintptr(unsafe.Pointer(&heapArea[0]))
}

func heapEnd() uintptr {
	return heapStart() + uintptr(len(heapArea))
}
