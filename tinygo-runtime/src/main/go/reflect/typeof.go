package reflect

import "unsafe"

// Type constructors: SliceOf, ChanOf, MapOf, ArrayOf. Go guarantees that they return
// the same Type as TypeOf of a value of that type, and that two calls return equal
// Types, and reflect compares types by descriptor address. So each constructor first
// looks for the compiler's descriptor of the type among the program's unnamed
// composite types (typeTable, emitted only in programs that reach it), then among
// the ones made here before, and only then makes one. A made descriptor has what
// values need (size, alignment, element, key, length, comparability); its pointer
// type is made on demand (rtype.ptrTo), and it has no methods.

// typeTable is the compiler's table of descriptors of unnamed composite types (an
// intrinsic) and their number.
func typeTable() (**rtype, int)

// madeTypes are the descriptors made at run time, in the order they were made.
var madeTypes []*rtype

// lookupType returns the descriptor among the program's and the made ones for which
// same holds, or nil.
func lookupType(same func(t *rtype) bool) *rtype {
	first, n := typeTable()
	for i := 0; i < n; i++ {
		t := *(**rtype)(unsafe.Add(unsafe.Pointer(first), uintptr(i)*unsafe.Sizeof(first)))
		if same(t) {
			return t
		}
	}
	for _, t := range madeTypes {
		if same(t) {
			return t
		}
	}
	return nil
}

// made records a descriptor made at run time and returns it.
func made(t *rtype) *rtype {
	madeTypes = append(madeTypes, t)
	return t
}

const ptrSize = unsafe.Sizeof(uintptr(0))

// sliceOf returns the descriptor of []elem.
func sliceOf(elem *rtype) *rtype {
	if t := lookupType(func(t *rtype) bool { return t.Kind() == Slice && t.elem == elem }); t != nil {
		return t
	}
	return made(&rtype{name: "[]" + elem.name, kind: uint8(Slice), size: unsafe.Sizeof(sliceHeader{}),
		elem: elem, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))})
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return sliceOf(t.common()) }

// ChanOf returns the channel type with direction dir and element type t.
func ChanOf(dir ChanDir, t Type) Type {
	elem := t.common()
	var flags uint8
	var name string
	switch dir {
	case SendDir:
		flags, name = tflagSendOnly, "chan<- "+elem.name
	case RecvDir:
		flags, name = tflagRecvOnly, "<-chan "+elem.name
	case BothDir:
		name = "chan " + elem.name
		if elem.Kind() == Chan && elem.ChanDir() == RecvDir {
			name = "chan (" + elem.name + ")"
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	if elem.size >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	dirs := uint8(tflagSendOnly | tflagRecvOnly)
	if c := lookupType(func(t *rtype) bool {
		return t.Kind() == Chan && t.elem == elem && t.flags&dirs == flags
	}); c != nil {
		return c
	}
	return made(&rtype{name: name, kind: uint8(Chan), flags: flags | tflagComparable, size: ptrSize,
		elem: elem, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))})
}

// MapOf returns the map type with key type key and element type elem.
func MapOf(key, elem Type) Type {
	k, e := key.common(), elem.common()
	if !k.Comparable() {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	if m := lookupType(func(t *rtype) bool { return t.Kind() == Map && t.key == k && t.elem == e }); m != nil {
		return m
	}
	return made(&rtype{name: "map[" + k.name + "]" + e.name, kind: uint8(Map), size: ptrSize,
		key: k, elem: e, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))})
}

// ArrayOf returns the array type with length length and element type elem.
func ArrayOf(length int, elem Type) Type {
	e := elem.common()
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if e.size > 0 && uintptr(length) > ^uintptr(0)/e.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	n := uintptr(length)
	if a := lookupType(func(t *rtype) bool { return t.Kind() == Array && t.elem == e && t.len == n }); a != nil {
		return a
	}
	a := &rtype{name: "[" + itoa(length) + "]" + e.name, kind: uint8(Array), size: e.size * n,
		elem: e, len: n, align: e.align, fieldAlign: e.fieldAlign}
	if e.Comparable() {
		a.flags = tflagComparable
	}
	return made(a)
}
