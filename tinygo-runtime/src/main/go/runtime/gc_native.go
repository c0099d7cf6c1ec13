//go:build gc.conservative && !wasm

package runtime

import _ "unsafe"

// tinygo_scanCurrentStack, in the target's start-up assembly, pushes the callee-saved
// registers and calls tinygo_scanstack with the stack pointer, so that the scan of
// the stack sees the pointers that the callers keep in registers. On AVR it makes
// that call on the stack systemSP when it is not 0 (systemStack); the other targets'
// routines ignore the argument (their goroutine stacks are large enough).
//
//go:linkname scanCurrentStack tinygo_scanCurrentStack
func scanCurrentStack(systemSP uintptr)

// scanStackFromAsm is what tinygo_scanCurrentStack calls once the registers are on
// the stack. It is exported on native targets only: on WebAssembly an export is a
// root of the module, and would keep the collector in programs that never allocate.
//
//export tinygo_scanstack
func scanStackFromAsm(sp uintptr) {
	gcMarkAll(sp)
}
