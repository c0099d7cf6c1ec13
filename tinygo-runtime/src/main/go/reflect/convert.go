package reflect

import "unsafe"

// Conversions (Value.Convert) by the spec's rules for non-constant values.

// CanConvert reports whether v can be converted to type t without a panic.
func (v Value) CanConvert(t Type) bool {
	if !v.Type().ConvertibleTo(t) {
		return false
	}
	tt := t.common()
	if v.kind() == Slice && tt.Kind() == Pointer && tt.elem.Kind() == Array && int(tt.elem.len) > v.Len() {
		return false
	}
	return true
}

// Convert returns v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Convert", Invalid})
	}
	tt := t.common()
	if !convertible(v.typ, tt) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	ro := v.flag & flagRO
	sk, dk := v.kind(), tt.Kind()
	switch {
	case isNumeric(sk) && isNumeric(dk):
		r := Zero(tt)
		r.flag |= flagAddr
		switch {
		case sk >= Int && sk <= Int64:
			setNumber(r, v.Int(), uint64(v.Int()), float64(v.Int()), true)
		case sk >= Uint && sk <= Uintptr:
			setNumber(r, int64(v.Uint()), v.Uint(), float64(v.Uint()), false)
		case sk == Float32 || sk == Float64:
			f := v.Float()
			switch {
			case dk >= Int && dk <= Int64:
				r.SetInt(int64(f))
			case dk >= Uint && dk <= Uintptr:
				r.SetUint(uint64(f))
			default:
				r.SetFloat(f)
			}
		default:
			r.SetComplex(v.Complex())
		}
		r.flag = flagIndir | ro
		return r
	case dk == String && (sk >= Int && sk <= Uintptr):
		var x int64
		if sk <= Int64 {
			x = v.Int()
		} else if u := v.Uint(); u > 0x10ffff {
			x = 0xfffd
		} else {
			x = int64(u)
		}
		if x < 0 || x > 0x10ffff {
			x = 0xfffd
		}
		return makeString(tt, string(rune(x)), ro)
	case dk == String && sk == Slice:
		if v.typ.elem.Kind() == Uint8 {
			return makeString(tt, string(*(*[]byte)(v.ptr)), ro)
		}
		return makeString(tt, string(*(*[]rune)(v.ptr)), ro)
	case sk == String && dk == Slice:
		h := new(sliceHeader)
		if tt.elem.Kind() == Uint8 {
			*(*[]byte)(unsafe.Pointer(h)) = []byte(v.String())
		} else {
			*(*[]rune)(unsafe.Pointer(h)) = []rune(v.String())
		}
		return Value{tt, unsafe.Pointer(h), flagIndir | ro}
	case sk == Slice && dk == Pointer && tt.elem.Kind() == Array:
		h := (*sliceHeader)(v.ptr)
		if int(tt.elem.len) > h.len {
			panic("reflect: cannot convert slice with length " + itoa(h.len) + " to pointer to array with length " + itoa(int(tt.elem.len)))
		}
		return Value{tt, h.data, ro}
	case dk == Interface:
		p := new(any)
		*p = valueInterface(v)
		return Value{tt, unsafe.Pointer(p), flagIndir | ro}
	}
	// the same memory, seen with the new type
	if pointerShaped(dk) {
		return Value{tt, v.word(), ro}
	}
	p := alloc(tt.size)
	memmove(p, v.ptr, tt.size)
	return Value{tt, p, flagIndir | ro}
}

func setNumber(r Value, i int64, u uint64, f float64, signed bool) {
	k := r.kind()
	switch {
	case k >= Int && k <= Int64:
		r.SetInt(i)
	case k >= Uint && k <= Uintptr:
		r.SetUint(u)
	case k == Float32 || k == Float64:
		if !signed {
			f = float64(u)
		}
		r.SetFloat(f)
	default:
		r.SetComplex(complex(f, 0))
	}
}

func makeString(t *rtype, s string, ro flag) Value {
	p := new(string)
	*p = s
	return Value{t, unsafe.Pointer(p), flagIndir | ro}
}
