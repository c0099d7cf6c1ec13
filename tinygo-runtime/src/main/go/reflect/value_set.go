package reflect

import "unsafe"

// Setting values through a Value: Set and the Set methods of each kind, and the
// Overflow checks that tell whether a Set of a wider value would lose it.

// assignTo returns x as a value of type t (for an interface t, an interface
// holding x), or panics as Go does when x's type is not assignable to t.
func (x Value) assignTo(context string, t *rtype) unsafe.Pointer {
	switch {
	case directlyAssignable(t, x.typ):
		return x.data()
	case t.Kind() == Interface && implements(t, x.typ):
		p := new(any)
		if x.kind() == Interface && x.IsNil() {
			return unsafe.Pointer(p)
		}
		*p = valueInterface(x)
		return unsafe.Pointer(p)
	}
	panic(context + ": value of type " + x.typ.String() + " is not assignable to type " + t.String())
}

func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	x.mustBeExported("Set")
	src := x.assignTo("reflect.Set", v.typ)
	memmove(v.ptr, src, v.typ.size)
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe(Bool, "SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe(String, "SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe(Slice, "SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe(Slice, "SetLen")
	h := (*sliceHeader)(v.ptr)
	if uint(n) > uint(h.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	h.len = n
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("SetCap")
	v.mustBe(Slice, "SetCap")
	h := (*sliceHeader)(v.ptr)
	if n < h.len || n > h.cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	h.cap = n
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("SetPointer")
	v.mustBe(UnsafePointer, "SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := v.typ.size * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := v.typ.size * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		return overflowsFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// OverflowComplex reports whether x cannot be represented by v's type (complex64 or
// complex128): a finite part beyond float32's range.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.kind() {
	case Complex64:
		return overflowsFloat32(real(x)) || overflowsFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.kind()})
}

// overflowsFloat32 is whether the finite x is beyond the largest float32 (infinities
// and NaNs are representable).
func overflowsFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return x > 3.40282346638528859811704183484516925440e+38 && x <= 1.79769313486231570814527423731704356798070e+308
}
