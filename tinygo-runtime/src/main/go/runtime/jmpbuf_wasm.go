//go:build wasm

package runtime

// jmpBuf is what LLVM's setjmp lowering for WebAssembly keeps of a checkpoint: the
// invocation of the function that took it and the label of the checkpoint in it
// (see the compiler's ModuleLowering.checkpointFunction).
type jmpBuf [2]uintptr
