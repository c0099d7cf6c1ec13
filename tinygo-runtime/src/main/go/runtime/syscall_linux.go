//go:build linux

// What Go's package syscall, compiled from the GOROOT for GOOS linux (the host, and the
// boards and wasm-unknown, whose GOOS is linux too), expects its runtime to give it:
// the system-call entry and exit hooks (no-ops: there is no scheduler to tell), the
// environment, the raw system calls (rawSyscall6: a real one on the host, ENOSYS
// elsewhere), Getpagesize and Exit. The runtime pushes all but the hooks into syscall
// with //go:linkname, as Go's runtime does.

package runtime

import _ "unsafe"

func entersyscall() {}

func exitsyscall() {}

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	return osEnviron()
}

//go:linkname syscall_RawSyscall6 syscall.RawSyscall6
func syscall_RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, err uintptr) {
	r, errno := rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	if errno != 0 {
		return ^uintptr(0), 0, errno
	}
	return r, 0, 0
}

//go:linkname syscall_rawSyscallNoError syscall.rawSyscallNoError
func syscall_rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr) {
	r, _ := rawSyscall6(trap, a1, a2, a3, 0, 0, 0)
	return r, 0
}

// syscall_Getpagesize is syscall.Getpagesize: the page of Linux on the host's
// architecture (x86-64), also reported on the boards, which have no pages.
//
//go:linkname syscall_Getpagesize syscall.Getpagesize
func syscall_Getpagesize() int {
	return 4096
}

//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) {
	exit(code)
}
