//go:build wasip1 || js

package runtime

// Output and exit through WASI preview 1's fd_write and proc_exit: on wasip1 from the
// WASI host, on js (the wasm target) from the JavaScript support file, which provides
// these two under the same module and names, as TinyGo's wasm_exec.js does.

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 fd_write
func fdWrite(fd int32, iovs unsafe.Pointer, iovsLen uint32, nwritten unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func procExit(code uint32)

// iov is the one I/O vector that write passes to fd_write: {buf, len}.
var iov [2]uintptr

var nwritten uint32

// write sends output to standard error (fd 2), where Go's builtin print writes.
func write(p *byte, n uintptr) {
	iov[0] = uintptr(unsafe.Pointer(p))
	iov[1] = n
	fdWrite(2, unsafe.Pointer(&iov[0]), 1, unsafe.Pointer(&nwritten))
}

func exit(code int) {
	procExit(uint32(code))
}
