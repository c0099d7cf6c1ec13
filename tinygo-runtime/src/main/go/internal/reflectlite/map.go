package reflectlite

import "unsafe"

// Maps, through the runtime's hashmap (runtime/hashmap.go).

//go:linkname mapLen runtime.reflectMapLen
func mapLen(m unsafe.Pointer) int

//go:linkname mapNext runtime.reflectMapNext
func mapNext(m, it, key, value unsafe.Pointer) bool

// mapIterator has the layout of the runtime's hashmapIterator.
type mapIterator struct {
	table unsafe.Pointer
	slots uintptr
	index uintptr
}

// MapEntries returns copies of a map's keys and values, in the map's order.
func (v Value) MapEntries() (keys, values []Value) {
	m := v.word()
	n := mapLen(m)
	if n == 0 {
		return nil, nil
	}
	kt, vt := v.typ.key, v.typ.elem
	keys = make([]Value, 0, n)
	values = make([]Value, 0, n)
	var it mapIterator
	for {
		k := unsafe.Pointer(&make([]byte, kt.size+1)[0])
		e := unsafe.Pointer(&make([]byte, vt.size+1)[0])
		if !mapNext(m, unsafe.Pointer(&it), k, e) {
			break
		}
		keys = append(keys, Value{kt, k, flagIndir | v.flag&flagRO})
		values = append(values, Value{vt, e, flagIndir | v.flag&flagRO})
	}
	return keys, values
}
