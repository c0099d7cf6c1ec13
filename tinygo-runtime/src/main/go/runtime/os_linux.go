//go:build linux && !baremetal && !wasm

package runtime

import (
	"device/x86"
	"unsafe"
)

// startSP is where the kernel left argc, then argv[0..argc-1], a nil, the environment
// strings and another nil (the System V start-up stack).
var startSP uintptr

// writeFD writes to a file descriptor for package os; it returns the bytes written or
// a negative errno.
func writeFD(fd int, p *byte, n uintptr) int {
	done := 0
	for n > 0 {
		r := int(x86.Syscall6(sysWrite, uintptr(fd), uintptr(unsafe.Pointer(p)), n, 0, 0, 0))
		if r < 0 {
			return r
		}
		if r == 0 {
			break
		}
		p = (*byte)(unsafe.Add(unsafe.Pointer(p), r))
		n -= uintptr(r)
		done += r
	}
	return done
}

// osArgs returns the command-line arguments, for os.Args.
func osArgs() []string {
	argc := *(*int)(unsafe.Pointer(startSP))
	return cStrings(startSP+unsafe.Sizeof(startSP), argc)
}

// osEnviron returns the environment strings (KEY=value), for os.Environ and os.Getenv.
func osEnviron() []string {
	argc := *(*int)(unsafe.Pointer(startSP))
	envp := startSP + unsafe.Sizeof(startSP)*uintptr(argc+2)
	n := 0
	for *(*uintptr)(unsafe.Pointer(envp + uintptr(n)*unsafe.Sizeof(envp))) != 0 {
		n++
	}
	return cStrings(envp, n)
}

// cStrings makes Go strings of n NUL-terminated C strings whose pointers start at vec;
// the strings keep pointing into the start-up stack, which lives as long as the program.
func cStrings(vec uintptr, n int) []string {
	out := make([]string, n)
	for i := 0; i < n; i++ {
		p := *(**byte)(unsafe.Pointer(vec + uintptr(i)*unsafe.Sizeof(vec)))
		l := 0
		for *(*byte)(unsafe.Add(unsafe.Pointer(p), l)) != 0 {
			l++
		}
		out[i] = unsafe.String(p, l)
	}
	return out
}
