package runtime

import "unsafe"

// The map runtime for internal/reflectlite (fmt prints maps) and reflect, with untyped pointers,
// since a //go:linkname declaration must repeat the signature and reflectlite cannot
// name *hashmap.

func reflectMapLen(m unsafe.Pointer) int {
	return hashmapLen((*hashmap)(m))
}

func reflectMapNext(m, it, key, value unsafe.Pointer) bool {
	return hashmapNext((*hashmap)(m), (*hashmapIterator)(it), key, value)
}

func reflectMapMake(keySize, valueSize uintptr, keyKind uint8, hash func(unsafe.Pointer, uint32) uint32, equal func(unsafe.Pointer, unsafe.Pointer) bool) unsafe.Pointer {
	return unsafe.Pointer(hashmapMake(keySize, valueSize, 0, keyKind, hash, equal))
}

func reflectMapLookup(m, key, value unsafe.Pointer, valueSize uintptr) bool {
	return hashmapLookup((*hashmap)(m), key, value, valueSize)
}

func reflectMapAssign(m, key unsafe.Pointer) unsafe.Pointer {
	return hashmapAssign((*hashmap)(m), key)
}

func reflectMapDelete(m, key unsafe.Pointer) {
	hashmapDelete((*hashmap)(m), key)
}
