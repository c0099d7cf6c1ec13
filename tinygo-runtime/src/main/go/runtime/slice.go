package runtime

import "unsafe"

// Slice support the compiler calls: growing for append, and copy. Lengths and
// capacities are counted in elements; elemSize is the size of one element.

// memmove copies n bytes from src to dst; the regions may overlap.
func memmove(dst, src unsafe.Pointer, n uintptr) {
	d := uintptr(dst)
	s := uintptr(src)
	if d == s || n == 0 {
		return
	}
	if d < s || d >= s+n {
		for i := uintptr(0); i < n; i++ {
			*(*byte)(unsafe.Pointer(d + i)) = *(*byte)(unsafe.Pointer(s + i))
		}
		return
	}
	for i := n; i > 0; i-- {
		*(*byte)(unsafe.Pointer(d + i - 1)) = *(*byte)(unsafe.Pointer(s + i - 1))
	}
}

// sliceAppend appends addLen elements at add to the slice (ptr, len, cap), growing
// the backing array when needed (doubling, as Go does for small slices), and returns
// the new slice. The top bit of elemSize is set when the elements hold no pointers.
func sliceAppend(ptr unsafe.Pointer, oldLen, oldCap uintptr, add unsafe.Pointer, addLen, elemSize uintptr) (unsafe.Pointer, uintptr, uintptr) {
	const noscan = ^(^uintptr(0) >> 1)
	scan := elemSize&noscan == 0
	elemSize &^= noscan
	if addLen == 0 {
		return ptr, oldLen, oldCap
	}
	newLen := oldLen + addLen
	if newLen < oldLen {
		runtimePanic("growslice: len out of range")
	}
	if newLen > oldCap {
		newCap := oldCap * 2
		if newCap < newLen {
			newCap = newLen
		}
		var buf unsafe.Pointer
		if scan {
			buf = alloc(newCap * elemSize)
		} else {
			buf = allocNoscan(newCap * elemSize)
		}
		memmove(buf, ptr, oldLen*elemSize)
		ptr = buf
		oldCap = newCap
	}
	memmove(unsafe.Pointer(uintptr(ptr)+oldLen*elemSize), add, addLen*elemSize)
	return ptr, newLen, oldCap
}

// sliceCopy copies min(dstLen, srcLen) elements and returns how many.
func sliceCopy(dst, src unsafe.Pointer, dstLen, srcLen, elemSize uintptr) int {
	n := dstLen
	if srcLen < n {
		n = srcLen
	}
	memmove(dst, src, n*elemSize)
	return int(n)
}

func panicSlice() {
	runtimePanic("slice bounds out of range")
}

func panicMakeSlice() {
	runtimePanic("makeslice: len out of range")
}
