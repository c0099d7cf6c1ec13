package reflectlite

import "unsafe"

// A Value is a Go value seen through its type descriptor. It points at the value's
// memory (flagIndir), or, for pointer-shaped kinds taken straight from an interface,
// holds the pointer itself. Values are read-only views: Interface returns an
// interface whose box is the viewed memory, not a copy, which is sound as long as the
// caller (fmt) does not keep it while the program changes that memory.
type Value struct {
	typ  *Type
	ptr  unsafe.Pointer
	flag uint8
}

const (
	flagIndir = 1 // ptr is the address of the value
	flagRO    = 2 // reached through an unexported field: no methods may be called
)

// ValueOf returns a view of the value held by i; a nil i gives the zero Value.
func ValueOf(i interface{}) Value {
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return Value{}
	}
	if pointerShaped(e.typ.Kind()) {
		return Value{e.typ, e.value, 0}
	}
	return Value{e.typ, e.value, flagIndir}
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Type() *Type { return v.typ }

// Kind is Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// CanInterface reports whether Interface may be used: not for values reached through
// unexported struct fields, as in Go.
func (v Value) CanInterface() bool { return v.flag&flagRO == 0 }

// word is the value of a pointer-shaped kind.
func (v Value) word() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// Interface returns v as an interface value (an interface-kind v gives its content).
func (v Value) Interface() interface{} {
	var i interface{}
	e := (*eface)(unsafe.Pointer(&i))
	switch {
	case v.typ == nil:
	case v.Kind() == Interface:
		*e = *(*eface)(v.ptr)
	case pointerShaped(v.Kind()):
		e.typ = v.typ
		e.value = v.word()
	default:
		e.typ = v.typ
		e.value = v.ptr
	}
	return i
}

func (v Value) Bool() bool { return *(*bool)(v.ptr) }

// Int returns the value of any signed integer kind.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	}
	return *(*int64)(v.ptr)
}

// Uint returns the value of any unsigned integer kind.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	return *(*uint64)(v.ptr)
}

// FloatBits returns the IEEE bits of a float (the low 32 for Float32), and for
// complex kinds those of the real part; no floating-point arithmetic, so that
// chips without an FPU can print floats.
func (v Value) FloatBits() uint64 {
	switch v.Kind() {
	case Float32, Complex64:
		return uint64(*(*uint32)(v.ptr))
	}
	return *(*uint64)(v.ptr)
}

// ImagBits returns the IEEE bits of a complex value's imaginary part.
func (v Value) ImagBits() uint64 {
	if v.Kind() == Complex64 {
		return uint64(*(*uint32)(unsafe.Add(v.ptr, 4)))
	}
	return *(*uint64)(unsafe.Add(v.ptr, 8))
}

func (v Value) String() string { return *(*string)(v.ptr) }

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// Len is the length of an array, slice or string.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return v.typ.Len()
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return len(*(*string)(v.ptr))
	case Map:
		return mapLen(v.word())
	}
	return 0
}

// Index is the i-th element of an array or slice (i is not checked).
func (v Value) Index(i int) Value {
	et := v.typ.elem
	base := v.ptr
	if v.Kind() == Slice {
		base = (*sliceHeader)(v.ptr).data
	}
	return Value{et, unsafe.Add(base, uintptr(i)*et.size), flagIndir | v.flag&flagRO}
}

// Bytes returns a []byte (or byte array) value's bytes.
func (v Value) Bytes() []byte {
	if v.Kind() == Array {
		n := v.typ.Len()
		h := sliceHeader{v.ptr, n, n}
		return *(*[]byte)(unsafe.Pointer(&h))
	}
	return *(*[]byte)(v.ptr)
}

func (v Value) NumField() int { return v.typ.NumField() }

// Field is the i-th field of a struct value.
func (v Value) Field(i int) Value {
	f := v.typ.field(i)
	flag := flagIndir | v.flag&flagRO
	if f.flags&fieldExported == 0 {
		flag |= flagRO
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), flag}
}

// Elem is what a pointer points to, or the value an interface holds.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagIndir | v.flag&flagRO}
	case Interface:
		x := ValueOf(*(*interface{})(v.ptr))
		x.flag |= v.flag & flagRO
		return x
	}
	return Value{}
}

// IsNil reports whether a pointer, map, channel, function, interface or slice is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	case Interface:
		return (*eface)(v.ptr).typ == nil
	case Func:
		return *(*unsafe.Pointer)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0)))) == nil
	}
	return v.word() == nil
}

// Pointer returns the address a pointer-like value holds: for slices the data, for
// functions the code.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	case Func:
		return uintptr(*(*unsafe.Pointer)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0)))))
	}
	return uintptr(v.word())
}

// TypeOnly returns an interface value of dynamic type t whose value word is nil: for
// asking which interfaces t implements, never for reading the value.
func TypeOnly(t *Type) interface{} {
	var i interface{}
	(*eface)(unsafe.Pointer(&i)).typ = t
	return i
}

// FromReflect returns the view of a reflect.Value held by i: reflect's Value has
// this package's layout and flag bits (see reflect/value.go).
func FromReflect(i interface{}) Value {
	return *(*Value)((*eface)(unsafe.Pointer(&i)).value)
}

// Set stores x in the variable v points to (v from Elem of a pointer); x's type
// must be assignable to v's.
func (v Value) Set(x Value) {
	if v.Kind() == Interface {
		e := (*eface)(v.ptr)
		e.typ = x.typ
		if pointerShaped(x.Kind()) {
			e.value = x.word()
		} else {
			e.value = x.ptr
		}
		return
	}
	if pointerShaped(x.Kind()) {
		*(*unsafe.Pointer)(v.ptr) = x.word()
		return
	}
	for i := uintptr(0); i < v.typ.size; i++ {
		*(*byte)(unsafe.Add(v.ptr, i)) = *(*byte)(unsafe.Add(x.ptr, i))
	}
}
