package reflectlite

import "unsafe"

// SliceLen is the length of the slice in x; it panics if x holds no slice.
func SliceLen(x interface{}) int {
	return sliceOf(x, "SliceLen").len
}

func sliceOf(x interface{}, fn string) *sliceHeader {
	e := (*eface)(unsafe.Pointer(&x))
	if e.typ == nil || Kind(e.typ.kind) != Slice {
		name := "nil"
		if e.typ != nil {
			name = e.typ.name
		}
		panic(&ValueError{Method: fn, Kind: kindOf(e.typ), TypeName: name})
	}
	return (*sliceHeader)(e.value)
}

func kindOf(t *Type) Kind {
	if t == nil {
		return Invalid
	}
	return Kind(t.kind)
}

// Swapper returns a function that exchanges the elements i and j of the slice in x.
func Swapper(x interface{}) func(i, j int) {
	s := *sliceOf(x, "Swapper")
	size := (*eface)(unsafe.Pointer(&x)).typ.elem.size
	n := s.len
	check := func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
	}
	word := unsafe.Sizeof(uintptr(0))
	if size%word == 0 && uintptr(s.data)%word == 0 {
		words := size / word
		return func(i, j int) {
			check(i, j)
			a := unsafe.Add(s.data, uintptr(i)*size)
			b := unsafe.Add(s.data, uintptr(j)*size)
			for k := uintptr(0); k < words; k++ {
				pa := (*uintptr)(unsafe.Add(a, k*word))
				pb := (*uintptr)(unsafe.Add(b, k*word))
				*pa, *pb = *pb, *pa
			}
		}
	}
	return func(i, j int) {
		check(i, j)
		a := unsafe.Add(s.data, uintptr(i)*size)
		b := unsafe.Add(s.data, uintptr(j)*size)
		for k := uintptr(0); k < size; k++ {
			pa := (*byte)(unsafe.Add(a, k))
			pb := (*byte)(unsafe.Add(b, k))
			*pa, *pb = *pb, *pa
		}
	}
}

// A ValueError is the panic of a Value method called on a value of the wrong kind.
type ValueError struct {
	Method   string
	Kind     Kind
	TypeName string
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.TypeName + " Value"
}
