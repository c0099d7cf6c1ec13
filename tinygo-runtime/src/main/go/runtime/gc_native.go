//go:build gc.conservative && !wasm

package runtime

import _ "unsafe"

// tinygo_scanCurrentStack, in the target's start-up assembly, pushes the callee-saved
// registers and calls tinygo_scanstack with the stack pointer, so that the scan of
// the stack sees the pointers that the callers keep in registers.
//
//go:linkname scanCurrentStack tinygo_scanCurrentStack
func scanCurrentStack()

// scanStackFromAsm is what tinygo_scanCurrentStack calls once the registers are on
// the stack. It is exported on native targets only: on WebAssembly an export is a
// root of the module, and would keep the collector in programs that never allocate.
//
//export tinygo_scanstack
func scanStackFromAsm(sp uintptr) {
	gcMarkAll(sp)
}
