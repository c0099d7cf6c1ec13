//go:build wasip1 || js

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func argsSizesGet(argc unsafe.Pointer, bufLen unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 args_get
func argsGet(argv unsafe.Pointer, buf unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environSizesGet(count unsafe.Pointer, bufLen unsafe.Pointer) uint32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environGet(env unsafe.Pointer, buf unsafe.Pointer) uint32

// writeFD writes to a file descriptor for package os; it returns the bytes written or
// a negative WASI errno.
func writeFD(fd int, p *byte, n uintptr) int {
	iov[0] = uintptr(unsafe.Pointer(p))
	iov[1] = n
	if errno := fdWrite(int32(fd), unsafe.Pointer(&iov[0]), 1, unsafe.Pointer(&nwritten)); errno != 0 {
		return -int(errno)
	}
	return int(nwritten)
}

// osArgs returns the command-line arguments, for os.Args.
func osArgs() []string {
	var count, size uint32
	if argsSizesGet(unsafe.Pointer(&count), unsafe.Pointer(&size)) != 0 {
		return nil
	}
	ptrs := make([]uintptr, count)
	buf := make([]byte, size)
	if count == 0 || argsGet(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0])) != 0 {
		return nil
	}
	return wasiStrings(ptrs)
}

// osEnviron returns the environment strings (KEY=value), for os.Environ and os.Getenv.
func osEnviron() []string {
	var count, size uint32
	if environSizesGet(unsafe.Pointer(&count), unsafe.Pointer(&size)) != 0 || count == 0 {
		return nil
	}
	ptrs := make([]uintptr, count)
	buf := make([]byte, size)
	if environGet(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0])) != 0 {
		return nil
	}
	return wasiStrings(ptrs)
}

// wasiStrings turns the NUL-terminated strings the pointers designate into Go strings
// (the buffer they point into is never freed, so the strings can share it).
func wasiStrings(ptrs []uintptr) []string {
	out := make([]string, len(ptrs))
	for i, p := range ptrs {
		l := 0
		for *(*byte)(unsafe.Pointer(p + uintptr(l))) != 0 {
			l++
		}
		out[i] = unsafe.String((*byte)(unsafe.Pointer(p)), l)
	}
	return out
}
