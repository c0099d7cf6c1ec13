package runtime

import "unsafe"

// Slice support the compiler calls: growing for append, and copy. Lengths and
// capacities are counted in elements; elemSize is the size of one element.

// memmove copies n bytes from src to dst; the regions may overlap. Where
// memmoveWords is set (amd64 hosts, where speed counts more than the few bytes the
// word loops cost), the copy is memmoveWide's; on the chips every copy is the byte
// loop. On WebAssembly the compiler gives memmove a body of its own, one memory.copy
// (codegen MachineMath).
func memmove(dst, src unsafe.Pointer, n uintptr) {
	if memmoveWords {
		memmoveWide(dst, src, n)
		return
	}
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

// memmoveWide is memmove on amd64, where a word may be loaded and stored at any byte
// address: copies of at least a word go a word at a time whatever their alignment;
// the word at the end that the loop does not reach (or at the start, copying
// backwards) is loaded before the loop and stored after it, over the bytes the loop
// wrote, so that overlapping regions come out right. It is never inlined: memmove's
// callers (sliceAppend above all) stay small enough to be inlined themselves.
//
//go:noinline
func memmoveWide(dst, src unsafe.Pointer, n uintptr) {
	const w = unsafe.Sizeof(uintptr(0))
	d := uintptr(dst)
	s := uintptr(src)
	if d == s || n == 0 {
		return
	}
	forward := d < s || d >= s+n
	if n >= w {
		if forward {
			last := *(*uintptr)(unsafe.Pointer(s + n - w))
			for i := uintptr(0); i+w <= n; i += w {
				*(*uintptr)(unsafe.Pointer(d + i)) = *(*uintptr)(unsafe.Pointer(s + i))
			}
			*(*uintptr)(unsafe.Pointer(d + n - w)) = last
			return
		}
		first := *(*uintptr)(unsafe.Pointer(s))
		for i := n; i >= w; i -= w {
			*(*uintptr)(unsafe.Pointer(d + i - w)) = *(*uintptr)(unsafe.Pointer(s + i - w))
		}
		*(*uintptr)(unsafe.Pointer(d)) = first
		return
	}
	if forward {
		for i := uintptr(0); i < n; i++ {
			*(*byte)(unsafe.Pointer(d + i)) = *(*byte)(unsafe.Pointer(s + i))
		}
		return
	}
	for i := n; i > 0; i-- {
		*(*byte)(unsafe.Pointer(d + i - 1)) = *(*byte)(unsafe.Pointer(s + i - 1))
	}
}

// memmoveSmall is memmove, inlined into its callers: on amd64 (memmoveWords) a copy
// of up to 16 bytes loads its first and last pieces (bytes, 4 or 8 bytes, which may
// overlap) before it stores them, which is right for overlapping regions too, and
// where n is a constant after inlining it is one load and one store. Longer copies,
// and every copy on the chips and WebAssembly, call memmove.
func memmoveSmall(dst, src unsafe.Pointer, n uintptr) {
	if !memmoveWords || n > 16 {
		memmove(dst, src, n)
		return
	}
	d := uintptr(dst)
	s := uintptr(src)
	switch {
	case n >= 8:
		a, b := *(*uint64)(unsafe.Pointer(s)), *(*uint64)(unsafe.Pointer(s + n - 8))
		*(*uint64)(unsafe.Pointer(d)) = a
		*(*uint64)(unsafe.Pointer(d + n - 8)) = b
	case n >= 4:
		a, b := *(*uint32)(unsafe.Pointer(s)), *(*uint32)(unsafe.Pointer(s + n - 4))
		*(*uint32)(unsafe.Pointer(d)) = a
		*(*uint32)(unsafe.Pointer(d + n - 4)) = b
	case n > 0:
		a, b, c := *(*byte)(unsafe.Pointer(s)), *(*byte)(unsafe.Pointer(s + n/2)), *(*byte)(unsafe.Pointer(s + n - 1))
		*(*byte)(unsafe.Pointer(d)) = a
		*(*byte)(unsafe.Pointer(d + n/2)) = b
		*(*byte)(unsafe.Pointer(d + n - 1)) = c
	}
}

// sliceAppend appends addLen elements at add to the slice (ptr, len, cap), growing
// the backing array when needed (to growCap's capacity), and returns the new slice.
// The top bit of elemSize is set when the elements hold no pointers.
func sliceAppend(ptr unsafe.Pointer, oldLen, oldCap uintptr, add unsafe.Pointer, addLen, elemSize uintptr) (unsafe.Pointer, uintptr, uintptr) {
	const noscan = ^(^uintptr(0) >> 1)
	scan := elemSize&noscan == 0
	elemSize &^= noscan
	if addLen == 0 {
		return ptr, oldLen, oldCap
	}
	newLen := oldLen + addLen
	maxLen := ^uintptr(0) >> 1 // the largest int
	if elemSize != 0 && maxAlloc/elemSize < maxLen {
		maxLen = maxAlloc / elemSize
	}
	if newLen < oldLen || newLen > maxLen {
		gopanic(errorString("growslice: cap out of range"))
	}
	if newLen > oldCap {
		newCap := growCap(oldCap, newLen, elemSize, maxLen)
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
	memmoveSmall(unsafe.Pointer(uintptr(ptr)+oldLen*elemSize), add, addLen*elemSize)
	return ptr, newLen, oldCap
}

// growCap is the capacity append gives a slice of oldCap elements of elemSize bytes
// that must hold newLen (more than oldCap), by gc's rule, so that programs that print
// cap agree with Go: double the capacity (below 256 elements), or add a quarter and 192
// elements until newLen fits; newLen itself if that is more than double, and for
// elements of size 0; then, where
// appendSizeClasses is set, as many elements as fit in the allocation size that gc
// would round the array's bytes up to (allocSizeClass). maxLen bounds the result.
func growCap(oldCap, newLen, elemSize, maxLen uintptr) uintptr {
	if elemSize == 0 {
		return newLen // gc's too: nothing is allocated
	}
	newCap := oldCap * 2
	if newLen > newCap {
		newCap = newLen
	} else if oldCap >= 256 {
		newCap = oldCap
		for newCap < newLen {
			newCap += (newCap + 3*256) / 4
		}
	}
	if newCap > maxLen {
		return newLen
	}
	if !appendSizeClasses {
		return newCap
	}
	c := allocSizeClass(newCap*elemSize) / elemSize
	if c > maxLen {
		return newCap
	}
	return c
}

// gcSizeClasses are the object sizes of gc 1.19's allocator below 32 KiB (the
// figures of its runtime/sizeclasses.go).
var gcSizeClasses = [...]uint16{8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
	240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912,
	8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
	27264, 28672, 32768}

// allocSizeClass is the size gc allocates for an object of n bytes: the smallest size
// class that holds it, or above 32 KiB a multiple of gc's 8 KiB page.
func allocSizeClass(n uintptr) uintptr {
	if n < 32768 {
		for _, c := range gcSizeClasses {
			if uintptr(c) >= n {
				return uintptr(c)
			}
		}
	}
	if n+8191 < n {
		return n
	}
	return (n + 8191) &^ 8191
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

// panicSlice reports a slice expression x[low:high:max] out of range; bound is the
// length or capacity of x. flags: 1 a three-index expression, 2 bound is a length (a
// string or an array), 4, 8, 16 low, high, max of a signed type. The checks are
// Go's, in its order: the last index against the bound, then each index against the next.
func panicSlice(low, high, max, bound uintptr, flags uint8) {
	e := boundsError{}
	if flags&1 == 0 {
		if high > bound {
			e = boundsError{x: boundsValue(high, flags&8 != 0), y: int(bound), signed: flags&8 != 0, code: boundsSliceAcap}
		} else {
			e = boundsError{x: boundsValue(low, flags&4 != 0), y: int(high), signed: flags&4 != 0, code: boundsSliceB}
		}
		if flags&2 != 0 && e.code == boundsSliceAcap {
			e.code = boundsSliceAlen
		}
	} else {
		if max > bound {
			e = boundsError{x: boundsValue(max, flags&16 != 0), y: int(bound), signed: flags&16 != 0, code: boundsSlice3Acap}
			if flags&2 != 0 {
				e.code = boundsSlice3Alen
			}
		} else if high > max {
			e = boundsError{x: boundsValue(high, flags&8 != 0), y: int(max), signed: flags&8 != 0, code: boundsSlice3B}
		} else {
			e = boundsError{x: boundsValue(low, flags&4 != 0), y: int(high), signed: flags&4 != 0, code: boundsSlice3C}
		}
	}
	gopanic(e)
}

// panicSlice64 is panicSlice on a 32-bit target when an index is an int64 or uint64
// (flags tells which are signed; they are extended to 64 bits as their type says).
// v holds low, high and max (in memory: the AVR would pass the last of three 64-bit
// arguments on the stack).
func panicSlice64(flags uint8, bound uintptr, v *[3]uint64) {
	low, high, max := v[0], v[1], v[2]
	var x uint64
	e := boundsError{}
	if flags&1 == 0 {
		if high > uint64(bound) {
			x, e = high, boundsError{y: int(bound), signed: flags&8 != 0, code: boundsSliceAcap}
		} else {
			x, e = low, boundsError{y: int(high), signed: flags&4 != 0, code: boundsSliceB}
		}
		if flags&2 != 0 && e.code == boundsSliceAcap {
			e.code = boundsSliceAlen
		}
	} else {
		if max > uint64(bound) {
			x, e = max, boundsError{y: int(bound), signed: flags&16 != 0, code: boundsSlice3Acap}
			if flags&2 != 0 {
				e.code = boundsSlice3Alen
			}
		} else if high > max {
			x, e = high, boundsError{y: int(max), signed: flags&8 != 0, code: boundsSlice3B}
		} else {
			x, e = low, boundsError{y: int(high), signed: flags&4 != 0, code: boundsSlice3C}
		}
	}
	panicBounds64(e, x)
}

// boundsValue is an index as the message shows it: negative if it is of a signed type.
func boundsValue(v uintptr, signed bool) int {
	if signed && v > ^uintptr(0)>>1 {
		return int(v) - int(^uintptr(0)>>1) - int(^uintptr(0)>>1) - 2
	}
	return int(v)
}

// panicSliceToArray reports (*[n]T)(s) of a slice shorter than n.
func panicSliceToArray(length, n uintptr) {
	gopanic(boundsError{x: int(length), y: int(n), code: boundsConvert})
}

// panicMakeSlice reports make([]T, len, cap) with sizes out of range: the length when
// it alone is at fault, the capacity otherwise.
func panicMakeSlice(badLen bool) {
	if badLen {
		gopanic(errorString("makeslice: len out of range"))
	}
	gopanic(errorString("makeslice: cap out of range"))
}

// maxAlloc is the largest allocation Go allows: 1<<48 bytes on 64-bit targets (one
// less here), the whole address space on smaller ones.
const maxAlloc = ^uintptr(0) >> (16 * (unsafe.Sizeof(uintptr(0)) / 8))
