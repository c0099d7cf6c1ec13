//go:build (linux && !baremetal) || wasm

package runtime

import "unsafe"

// On hosted targets the heap is a zero-filled array in .bss, heapSize bytes
// (heapsize_*.go): the kernel maps .bss pages only when they are first touched.
var heapArea [heapSize]byte

func heapStart() uintptr {
	return uintptr(unsafe.Pointer(&heapArea[0]))
}

func heapEnd() uintptr {
	return heapStart() + uintptr(len(heapArea))
}
