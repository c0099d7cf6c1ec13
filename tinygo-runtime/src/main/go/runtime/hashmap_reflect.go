package runtime

import "unsafe"

// The map runtime for internal/reflectlite (fmt prints maps), with untyped pointers,
// since a //go:linkname declaration must repeat the signature and reflectlite cannot
// name *hashmap.

func reflectMapLen(m unsafe.Pointer) int {
	return hashmapLen((*hashmap)(m))
}

func reflectMapNext(m, it, key, value unsafe.Pointer) bool {
	return hashmapNext((*hashmap)(m), (*hashmapIterator)(it), key, value)
}
