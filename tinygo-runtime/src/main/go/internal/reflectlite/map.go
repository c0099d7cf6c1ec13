package reflectlite

import "unsafe"

// Maps: the runtime's hashmap (runtime/hashmap.go) is not in this branch yet, so maps
// print as empty.

func mapLen(m unsafe.Pointer) int {
	return 0
}

// MapEntries returns copies of a map's keys and values, in the map's order.
func (v Value) MapEntries() (keys, values []Value) {
	return nil, nil
}
