//go:build linux && !baremetal && !wasm

package runtime

import "unsafe"

// On the Linux host the heap is a zero-filled array in .bss, heapSize bytes
// (heapsize_linux.go): the kernel maps .bss pages only when they are first touched.
var heapArea [heapSize]byte

func heapStart() uintptr {
	return uintptr(unsafe.Pointer(&heapArea[0]))
}

func heapEnd() uintptr {
	return heapStart() + uintptr(len(heapArea))
}

// heapGrowTo reports whether the heap may be used up to end: the whole array is
// there from the start.
func heapGrowTo(end uintptr) bool {
	return true
}
