package reflect

import "unsafe"

// DeepEqual and Swapper.

type visit struct {
	a1, a2 unsafe.Pointer
	typ    *rtype
}

// DeepEqual reports whether x and y are deeply equal, by Go's rules: same types,
// and then equal elements, fields, map entries and pointees, with functions equal
// only when both are nil. Cycles are cut by remembering the pairs being compared.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	switch v1.kind() {
	case Map, Slice, Pointer, Interface:
		if v1.kind() != Interface || v1.flag&flagIndir != 0 {
			var p1, p2 unsafe.Pointer
			if v1.kind() == Interface || v1.kind() == Slice {
				p1, p2 = v1.ptr, v2.ptr
				if v1.kind() == Slice {
					p1, p2 = (*sliceHeader)(v1.ptr).data, (*sliceHeader)(v2.ptr).data
				}
			} else {
				p1, p2 = v1.word(), v2.word()
			}
			if v1.kind() != Interface {
				if uintptr(p1) > uintptr(p2) {
					p1, p2 = p2, p1
				}
				k := visit{p1, p2, v1.typ}
				if visited[k] {
					return true
				}
				visited[k] = true
			}
		}
	}
	switch v1.kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.word() == v2.word() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i := 0; i < int(v1.typ.len); i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		for _, k := range v1.MapKeys() {
			e1, e2 := v1.MapIndex(k), v2.MapIndex(k)
			if !e1.IsValid() || !e2.IsValid() || !deepValueEqual(e1, e2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case String:
		return v1.String() == v2.String()
	case Chan, UnsafePointer:
		return v1.word() == v2.word()
	}
	return equalAt(v1.typ, v1.ptr, v2.ptr)
}

// Swapper returns a function that swaps the elements i and j of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	h := *(*sliceHeader)(v.ptr)
	size := v.typ.elem.size
	tmp := alloc(size)
	return func(i, j int) {
		if uint(i) >= uint(h.len) || uint(j) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(h.data, uintptr(i)*size)
		pj := unsafe.Add(h.data, uintptr(j)*size)
		memmove(tmp, pi, size)
		memmove(pi, pj, size)
		memmove(pj, tmp, size)
	}
}
