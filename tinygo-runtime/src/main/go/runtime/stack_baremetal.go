//go:build baremetal

package runtime

import "unsafe"

// On a microcontroller the main stack takes the end of RAM, the linker script's
// _stack_size bytes from _heap_end (heap_baremetal.go) up; below it is the heap.

//go:extern _stack_size
var stackSizeLinkerSymbol [0]byte

func mainStackBounds() (bottom, top uintptr) {
	bottom = uintptr(unsafe.Pointer(&heapEndSymbol))
	return bottom, bottom + uintptr(unsafe.Pointer(&stackSizeLinkerSymbol))
}

//go:extern _stack_top
var stackTopSymbol [0]byte
