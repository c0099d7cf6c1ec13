//go:build cortexm

package runtime

import "unsafe"

// The memory routines of the Arm run-time ABI, which LLVM calls on Arm EABI targets in
// place of memcpy, memmove and memset: for copies and zeroing of large values, and for
// loops it recognises as such. The 4 and 8 variants promise aligned pointers; the byte
// loops of memmove and memset serve them all. Unused ones are dropped by the linker.

//export __aeabi_memcpy
func aeabiMemcpy(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

//export __aeabi_memcpy4
func aeabiMemcpy4(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

//export __aeabi_memcpy8
func aeabiMemcpy8(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

//export __aeabi_memmove
func aeabiMemmove(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

//export __aeabi_memmove4
func aeabiMemmove4(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

//export __aeabi_memmove8
func aeabiMemmove8(dst, src unsafe.Pointer, n uintptr) {
	memmove(dst, src, n)
}

// The set routines take the length before the byte value, unlike C's memset.

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
