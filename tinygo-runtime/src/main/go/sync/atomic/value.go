package atomic

import "unsafe"

// A Value holds a value of one dynamic type that goroutines load and store as a
// whole. The zero Value holds nothing; Load then returns nil.
type Value struct {
	v any
}

// eface is the layout of an interface value: its type code, then its data.
type eface struct {
	typ unsafe.Pointer
	val unsafe.Pointer
}

func typeOf(v *any) unsafe.Pointer { return (*eface)(unsafe.Pointer(v)).typ }

// Load returns the value set by the most recent Store, or nil if there was none.
func (v *Value) Load() (val any) { return v.v }

// Store sets the Value to val. Every Store of a Value must use the same concrete
// type; a different type, or nil, panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && typeOf(&v.v) != typeOf(&val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new into the Value and returns the previous value (nil if empty).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && typeOf(&v.v) != typeOf(&new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap stores new if the Value holds old, and reports whether it did.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeOf(&old) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeOf(&v.v) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
