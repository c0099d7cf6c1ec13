//go:build linux && (baremetal || wasm)

package runtime

// rawSyscall6: no kernel here, every system call fails with ENOSYS (38).
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr) {
	return 0, 38
}
