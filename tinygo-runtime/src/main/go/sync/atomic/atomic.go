// Package atomic provides atomic memory operations. Goroutines here run one at a time
// and are switched only at blocking points, never in the middle of these functions, so
// plain loads and stores are atomic with respect to every other goroutine. (Interrupt
// handlers on microcontrollers are not goroutines; sharing memory with them needs the
// volatile and interrupt packages, not this one.)
package atomic

import "unsafe"

// SwapInt32 stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32) { old = *addr; *addr = new; return }

// SwapInt64 stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64) { old = *addr; *addr = new; return }

// SwapUint32 stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32) { old = *addr; *addr = new; return }

// SwapUint64 stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64) { old = *addr; *addr = new; return }

// SwapUintptr stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

// SwapPointer stores new into *addr and returns the previous value.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapInt32 stores new into *addr if it holds old, and reports whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapInt64 stores new into *addr if it holds old, and reports whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUint32 stores new into *addr if it holds old, and reports whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUint64 stores new into *addr if it holds old, and reports whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapUintptr stores new into *addr if it holds old, and reports whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// CompareAndSwapPointer stores new into *addr if it holds old, and reports whether it did.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// AddInt32 adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) { *addr += delta; return *addr }

// AddInt64 adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) { *addr += delta; return *addr }

// AddUint32 adds delta to *addr and returns the new value (subtract x with ^uint32(x-1)).
func AddUint32(addr *uint32, delta uint32) (new uint32) { *addr += delta; return *addr }

// AddUint64 adds delta to *addr and returns the new value (subtract x with ^uint64(x-1)).
func AddUint64(addr *uint64, delta uint64) (new uint64) { *addr += delta; return *addr }

// AddUintptr adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

// LoadInt32 returns *addr.
func LoadInt32(addr *int32) int32 { return *addr }

// LoadInt64 returns *addr.
func LoadInt64(addr *int64) int64 { return *addr }

// LoadUint32 returns *addr.
func LoadUint32(addr *uint32) uint32 { return *addr }

// LoadUint64 returns *addr.
func LoadUint64(addr *uint64) uint64 { return *addr }

// LoadUintptr returns *addr.
func LoadUintptr(addr *uintptr) uintptr { return *addr }

// LoadPointer returns *addr.
func LoadPointer(addr *unsafe.Pointer) unsafe.Pointer { return *addr }

// StoreInt32 stores val into *addr.
func StoreInt32(addr *int32, val int32) { *addr = val }

// StoreInt64 stores val into *addr.
func StoreInt64(addr *int64, val int64) { *addr = val }

// StoreUint32 stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { *addr = val }

// StoreUint64 stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { *addr = val }

// StoreUintptr stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

// StorePointer stores val into *addr.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }
