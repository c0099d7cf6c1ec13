//go:build gc.conservative && wasm

package runtime

import "unsafe"

// The collector on WebAssembly. Code lives outside linear memory and so does the
// value stack; wasm locals are invisible to a scan, so the compiler stores every
// value that may hold a pointer and stays live across a call in a slot of its frame
// on the linear-memory stack (codegen's WasmStackRoots). Scanning that stack from the
// current frame to its top, and the globals, finds every root. There are no
// registers to spill and no other goroutine stacks: the frames of suspended
// goroutines are coroutine frames on the heap (scheduler_coroutines.go).

// scanCurrentStack marks the stack from the stack pointer (the wasm global
// __stack_pointer, which LLVM's stacksave reads) to its top. There is no other
// stack to mark on (systemStack is 0).
func scanCurrentStack(_ uintptr) {
	gcScanStack(uintptr(stackPointer()))
}

//go:linkname stackPointer llvm.stacksave.p0
func stackPointer() unsafe.Pointer

// With --stack-first the stack takes the start of linear memory, from __stack_low up
// to __stack_high, where its top is; the data and .bss follow, up to __heap_base,
// where the heap starts (heap_wasm.go).
//

func mainStackTop() uintptr {
	return uintptr(unsafe.Pointer(&stackHighSymbol))
}

// gcMarkGlobals marks what the globals point to: the data between the stack and the
// heap.
func gcMarkGlobals() {
	gcMarkRange(mainStackTop(), heapStart())
}
