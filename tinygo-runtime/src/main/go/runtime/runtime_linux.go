//go:build linux && !baremetal && !wasm

package runtime

import (
	"device/x86"
	"unsafe"
)

const (
	sysWrite     = 1
	sysExitGroup = 231
)

// main is the C-ABI entry that the start-up code (_start) calls with the initial
// stack pointer, where the kernel left argc, argv and the environment.
//
//export main
func main(sp uintptr) {
	startSP = sp
	run()
}

// write sends output to standard error, where Go's builtin print writes.
func write(p *byte, n uintptr) {
	for n > 0 {
		r := x86.Syscall6(sysWrite, 2, uintptr(unsafe.Pointer(p)), n, 0, 0, 0)
		if int(r) <= 0 {
			return
		}
		p = (*byte)(unsafe.Add(unsafe.Pointer(p), r))
		n -= r
	}
}

func exit(code int) {
	x86.Syscall6(sysExitGroup, uintptr(code), 0, 0, 0, 0, 0)
}
