package reflect

import "unsafe"

// Maps, through the runtime's hashmap (runtime/hashmap.go, hashmap_reflect.go). A map
// keeps the hash and equality of its keys, so maps made here and maps made by
// compiled code work with both.

//go:linkname mapLen runtime.reflectMapLen
func mapLen(m unsafe.Pointer) int

//go:linkname mapNext runtime.reflectMapNext
func mapNext(m, it, key, value unsafe.Pointer) bool

//go:linkname mapMake runtime.reflectMapMake
func mapMake(keySize, valueSize uintptr, keyKind uint8, hash func(unsafe.Pointer, uint32) uint32, equal func(unsafe.Pointer, unsafe.Pointer) bool) unsafe.Pointer

//go:linkname mapLookup runtime.reflectMapLookup
func mapLookup(m, key, value unsafe.Pointer, valueSize uintptr) bool

//go:linkname mapAssign runtime.reflectMapAssign
func mapAssign(m, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapDelete runtime.reflectMapDelete
func mapDelete(m, key unsafe.Pointer)

// mapIterator has the layout of the runtime's hashmapIterator.
type mapIterator struct {
	table unsafe.Pointer
	slots uintptr
	index uintptr
}

// The runtime's key kinds (hashmapKey* in runtime/hashmap.go).
const (
	keyBytes  = 0
	keyString = 1
	keyCustom = 2
)

// MakeMap returns a new empty map of type typ.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize returns a new empty map of type typ (the size is only a hint).
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	k := t.key
	var m unsafe.Pointer
	switch {
	case k.Kind() == String:
		m = mapMake(k.size, t.elem.size, keyString, nil, nil)
	case bytewise(k):
		m = mapMake(k.size, t.elem.size, keyBytes, nil, nil)
	default:
		m = mapMake(k.size, t.elem.size, keyCustom,
			func(p unsafe.Pointer, h uint32) uint32 { return hashAt(k, p, h) },
			func(a, b unsafe.Pointer) bool { return equalAt(k, a, b) })
	}
	return Value{t, m, 0}
}

// bytewise reports whether keys of type t hash and compare by their bytes.
func bytewise(t *rtype) bool {
	switch t.Kind() {
	case Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
		Pointer, Chan, UnsafePointer:
		return true
	}
	return false
}

func hashBytes(p unsafe.Pointer, n uintptr, h uint32) uint32 {
	for i := uintptr(0); i < n; i++ {
		h ^= uint32(*(*uint8)(unsafe.Add(p, i)))
		h *= 16777619
	}
	return h ^ h>>15
}

// hashAt hashes the value of type t at p consistently with equalAt.
func hashAt(t *rtype, p unsafe.Pointer, h uint32) uint32 {
	switch t.Kind() {
	case String:
		s := *(*stringHeader)(p)
		return hashBytes(s.data, uintptr(s.len), h)
	case Float32, Float64, Complex64, Complex128:
		// +0 and -0 are equal: hash zero parts alike; NaNs never match anyway
		if allZero(p, t.size) {
			return hashBytes(nil, 0, h)
		}
		return hashBytes(p, t.size, h)
	case Interface:
		e := (*eface)(p)
		if e.typ == nil {
			return h
		}
		if !e.typ.Comparable() {
			panic("runtime error: hash of unhashable type " + e.typ.String())
		}
		v := ValueOf(*(*any)(p))
		return hashAt(e.typ, v.data(), h)
	case Array:
		for i := uintptr(0); i < t.len; i++ {
			h = hashAt(t.elem, unsafe.Add(p, i*t.elem.size), h)
		}
		return h
	case Struct:
		for i := 0; i < int(t.len); i++ {
			f := t.field(i)
			if f.name != "_" {
				h = hashAt(f.typ, unsafe.Add(p, f.offset), h)
			}
		}
		return h
	}
	return hashBytes(p, t.size, h)
}

// equalAt compares two values of type t as Go's == does.
func equalAt(t *rtype, a, b unsafe.Pointer) bool {
	switch t.Kind() {
	case String:
		return *(*string)(a) == *(*string)(b)
	case Float32:
		return *(*float32)(a) == *(*float32)(b)
	case Float64:
		return *(*float64)(a) == *(*float64)(b)
	case Complex64:
		return *(*complex64)(a) == *(*complex64)(b)
	case Complex128:
		return *(*complex128)(a) == *(*complex128)(b)
	case Interface:
		x, y := (*eface)(a), (*eface)(b)
		if x.typ != y.typ {
			return false
		}
		if x.typ == nil {
			return true
		}
		if !x.typ.Comparable() {
			panic("runtime error: comparing uncomparable type " + x.typ.String())
		}
		return equalAt(x.typ, ValueOf(*(*any)(a)).data(), ValueOf(*(*any)(b)).data())
	case Array:
		for i := uintptr(0); i < t.len; i++ {
			if !equalAt(t.elem, unsafe.Add(a, i*t.elem.size), unsafe.Add(b, i*t.elem.size)) {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < int(t.len); i++ {
			f := t.field(i)
			if f.name != "_" && !equalAt(f.typ, unsafe.Add(a, f.offset), unsafe.Add(b, f.offset)) {
				return false
			}
		}
		return true
	}
	for i := uintptr(0); i < t.size; i++ {
		if *(*byte)(unsafe.Add(a, i)) != *(*byte)(unsafe.Add(b, i)) {
			return false
		}
	}
	return true
}

// MapIndex returns the value of key in map v, or the zero Value when key is absent.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	k := key.assignTo("reflect.Value.MapIndex", v.typ.key)
	et := v.typ.elem
	e := alloc(et.size)
	if !mapLookup(v.word(), k, e, et.size) {
		return Value{}
	}
	return Value{et, e, flagIndir | v.flag&flagRO}
}

// MapKeys returns the keys of map v, in the map's order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	m := v.word()
	n := mapLen(m)
	keys := make([]Value, 0, n)
	if n == 0 {
		return keys
	}
	kt, et := v.typ.key, v.typ.elem
	var it mapIterator
	e := alloc(et.size)
	for {
		k := alloc(kt.size)
		if !mapNext(m, unsafe.Pointer(&it), k, e) {
			break
		}
		keys = append(keys, Value{kt, k, flagIndir | v.flag&flagRO})
	}
	return keys
}

// SetMapIndex sets key's value in map v to elem; the zero Value as elem deletes key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "SetMapIndex")
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	k := key.assignTo("reflect.Value.SetMapIndex", v.typ.key)
	m := v.word()
	if elem.typ == nil {
		if m != nil {
			mapDelete(m, k)
		}
		return
	}
	elem.mustBeExported("SetMapIndex")
	e := elem.assignTo("reflect.Value.SetMapIndex", v.typ.elem)
	// a nil map panics in the runtime, with Go's runtime error
	memmove(mapAssign(m, k), e, v.typ.elem.size)
}

// A MapIter iterates over a map (see Value.MapRange).
type MapIter struct {
	m     Value
	it    mapIterator
	key   unsafe.Pointer
	value unsafe.Pointer
	valid bool
}

// MapRange returns an iterator over map v.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is an entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	m := iter.m.word()
	if m == nil {
		return false
	}
	iter.key = alloc(iter.m.typ.key.size)
	iter.value = alloc(iter.m.typ.elem.size)
	iter.valid = mapNext(m, unsafe.Pointer(&iter.it), iter.key, iter.value)
	return iter.valid
}

func (iter *MapIter) Key() Value {
	if !iter.valid {
		panic("MapIter.Key called before Next")
	}
	return Value{iter.m.typ.key, iter.key, flagIndir | iter.m.flag&flagRO}
}

func (iter *MapIter) Value() Value {
	if !iter.valid {
		panic("MapIter.Value called before Next")
	}
	return Value{iter.m.typ.elem, iter.value, flagIndir | iter.m.flag&flagRO}
}

// Reset makes iter iterate over v from the start.
func (iter *MapIter) Reset(v Value) {
	*iter = MapIter{m: v}
}

// SetIterKey assigns the iterator's current key to v.
func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

// SetIterValue assigns the iterator's current value to v.
func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }
