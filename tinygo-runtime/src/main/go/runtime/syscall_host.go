//go:build linux && !baremetal && !wasm

package runtime

import "device/x86"

// rawSyscall6 makes a Linux system call; it returns the result or the errno.
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
	r := x86.Syscall6(trap, a1, a2, a3, a4, a5, a6)
	if int(r) < 0 && int(r) > -4096 {
		return 0, uintptr(-int(r))
	}
	return r, 0
}
