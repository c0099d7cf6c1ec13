//go:build !wasm

package runtime

import "unsafe"

// The C memory routines that LLVM calls for large zeroing and copying (WebAssembly
// has memory.fill and memory.copy instead). The compiler marks them no-builtins, so
// their loops are never turned back into calls to themselves.

//export memset
func libcMemset(dst unsafe.Pointer, c cInt, n uintptr) unsafe.Pointer {
	const w = unsafe.Sizeof(uintptr(0))
	d := uintptr(dst)
	i := uintptr(0)
	if memmoveWords && d%w == 0 {
		v := uintptr(byte(c)) * (^uintptr(0) / 255) // the byte in every byte of a word
		for ; i+w <= n; i += w {
			*(*uintptr)(unsafe.Pointer(d + i)) = v
		}
	}
	for ; i < n; i++ {
		*(*byte)(unsafe.Pointer(d + i)) = byte(c)
	}
	return dst
}

//export memcpy
func libcMemcpy(dst, src unsafe.Pointer, n uintptr) unsafe.Pointer {
	memmove(dst, src, n)
	return dst
}

//export memmove
func libcMemmove(dst, src unsafe.Pointer, n uintptr) unsafe.Pointer {
	memmove(dst, src, n)
	return dst
}
