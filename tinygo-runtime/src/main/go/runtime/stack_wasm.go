//go:build wasm

package runtime

import "unsafe"

// On WebAssembly the stack in linear memory holds what the code keeps in memory
// (address-taken locals, large values, the collector's slots); with --stack-first it
// spans __stack_low to __stack_high at the start of memory. Goroutines (compiler
// coroutines) all run on it.

const stackReserve = 2 << 10

// goroutineStackReserve is the reserve of a goroutine's stack: the same.
const goroutineStackReserve = stackReserve

//go:extern __stack_low
var stackLowSymbol [0]byte

//go:extern __stack_high
var stackHighSymbol [0]byte

func mainStackBounds() (bottom, top uintptr) {
	return uintptr(unsafe.Pointer(&stackLowSymbol)), uintptr(unsafe.Pointer(&stackHighSymbol))
}
