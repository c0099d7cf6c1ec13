//go:build cortexm

package runtime

import "unsafe"

// The memory routines of the Arm run-time ABI, which LLVM calls on ARM instead of
// memset/memcpy/memmove (for example to zero a large local). Note the argument order
// of __aeabi_memset: destination, length, value. They call the C-ABI routines of
// mem.go rather than loop themselves, so no loop of theirs can be recognised and
// turned back into a call to themselves.

//export __aeabi_memclr
func aeabiMemclr(dst unsafe.Pointer, n uintptr) {
	libcMemset(dst, 0, n)
}

//export __aeabi_memclr4
func aeabiMemclr4(dst unsafe.Pointer, n uintptr) {
	libcMemset(dst, 0, n)
}

//export __aeabi_memclr8
func aeabiMemclr8(dst unsafe.Pointer, n uintptr) {
	libcMemset(dst, 0, n)
}

//export __aeabi_memset
func aeabiMemset(dst unsafe.Pointer, n uintptr, c cInt) {
	libcMemset(dst, c, n)
}

//export __aeabi_memset4
func aeabiMemset4(dst unsafe.Pointer, n uintptr, c cInt) {
	libcMemset(dst, c, n)
}

//export __aeabi_memset8
func aeabiMemset8(dst unsafe.Pointer, n uintptr, c cInt) {
	libcMemset(dst, c, n)
}

//export __aeabi_memcpy
func aeabiMemcpy(dst, src unsafe.Pointer, n uintptr) {
	libcMemmove(dst, src, n)
}

//export __aeabi_memcpy4
func aeabiMemcpy4(dst, src unsafe.Pointer, n uintptr) {
	libcMemmove(dst, src, n)
}

//export __aeabi_memcpy8
func aeabiMemcpy8(dst, src unsafe.Pointer, n uintptr) {
	libcMemmove(dst, src, n)
}

//export __aeabi_memmove
func aeabiMemmove(dst, src unsafe.Pointer, n uintptr) {
	libcMemmove(dst, src, n)
}

//export __aeabi_memmove4
func aeabiMemmove4(dst, src unsafe.Pointer, n uintptr) {
	libcMemmove(dst, src, n)
}

//export __aeabi_memmove8
func aeabiMemmove8(dst, src unsafe.Pointer, n uintptr) {
	libcMemmove(dst, src, n)
}
