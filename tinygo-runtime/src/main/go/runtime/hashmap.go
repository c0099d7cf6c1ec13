package runtime

import "unsafe"

// Maps. A map value is a *hashmap (nil for a nil map). The table is open addressing
// with linear probing over a power-of-two number of slots, in one allocation: a
// metadata byte per slot, then the keys, then the values, each stored by size. A
// metadata byte is hashmapEmpty, hashmapDeleted (a tombstone, so that probe chains
// stay intact) or 0x80 | the top 7 bits of the key's hash, which settles most
// mismatches without comparing keys. The table grows (doubling) or is rebuilt
// without tombstones when live entries plus tombstones would pass 3/4 of the slots.
//
// How keys are hashed and compared depends on their type, chosen by the compiler:
// bytewise (integers, pointers, and arrays and structs of those without padding),
// strings, or compiler-generated functions for the other comparable types (floats,
// where +0 == -0 and NaN never equals itself, and aggregates holding strings or
// floats). The compiler passes keys and values by address.

const (
	hashmapEmpty   = 0
	hashmapDeleted = 1
	hashmapFull    = 0x80

	hashmapKeyBytes  = 0
	hashmapKeyString = 1
	hashmapKeyCustom = 2

	hashmapMinSlots = 8
	hashmapSeed     = 2166136261 // the FNV-1a offset basis
)

type hashmap struct {
	table     unsafe.Pointer // nil until the first insertion
	slots     uintptr        // a power of two, or 0 without a table
	count     uintptr        // live entries
	used      uintptr        // live entries and tombstones
	keySize   uintptr
	valueSize uintptr
	keyKind   uint8
	hash      func(key unsafe.Pointer, h uint32) uint32
	equal     func(a, b unsafe.Pointer) bool
}

// hashmapIterator is the state of a range loop over a map. It walks the table the map
// had when the loop began; if the map gets a new table during the loop, each entry of
// the old one is looked up in the map again, so that deleted entries are skipped and
// values are current.
type hashmapIterator struct {
	table unsafe.Pointer
	slots uintptr
	index uintptr
}

// hashmapMake is make(map[K]V, hint).
func hashmapMake(keySize, valueSize uintptr, hint int, keyKind uint8, hash func(unsafe.Pointer, uint32) uint32, equal func(unsafe.Pointer, unsafe.Pointer) bool) *hashmap {
	m := (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
	m.keySize = keySize
	m.valueSize = valueSize
	m.keyKind = keyKind
	m.hash = hash
	m.equal = equal
	if hint > 0 {
		slots := uintptr(hashmapMinSlots)
		for slots/4*3 < uintptr(hint) && slots*2 > slots {
			slots *= 2
		}
		m.resize(slots)
	}
	return m
}

// hashmapLen is len(m).
func hashmapLen(m *hashmap) int {
	if m == nil {
		return 0
	}
	return int(m.count)
}

// hashmapLookup copies the value of key (or the zero value when key is absent, also in
// a nil map: hence the size) to value, and reports whether key is present.
func hashmapLookup(m *hashmap, key, value unsafe.Pointer, valueSize uintptr) bool {
	if m != nil && m.count > 0 {
		if i := m.find(key, m.hashKey(key)); i != m.slots {
			memmove(value, m.valueAt(m.table, m.slots, i), valueSize)
			return true
		}
	} else if m != nil {
		m.hashKey(key) // an unhashable interface key panics in an empty map too, as in Go
	}
	memzero(value, valueSize)
	return false
}

// hashmapAssign returns the address of key's value, inserting key with a zero value
// when it is absent, and storing key over the equal one when present. The address is good until the next insertion into the map.
func hashmapAssign(m *hashmap, key unsafe.Pointer) unsafe.Pointer {
	if m == nil {
		gopanic(plainError("assignment to entry in nil map"))
	}
	h := m.hashKey(key)
	if m.count > 0 {
		if i := m.find(key, h); i != m.slots {
			// The key is stored again, as gc does: an equal key need not be the same
			// (+0 and -0, a string's other bytes, which the old key no longer holds).
			// Bytewise keys that are equal are identical, so they are left alone.
			switch m.keyKind {
			case hashmapKeyString:
				*(*string)(m.keyAt(m.table, m.slots, i)) = *(*string)(key)
			case hashmapKeyCustom:
				memmove(m.keyAt(m.table, m.slots, i), key, m.keySize)
			}
			return m.valueAt(m.table, m.slots, i)
		}
	}
	if (m.used+1)*4 > m.slots*3 {
		slots := m.slots
		if slots == 0 {
			slots = hashmapMinSlots
		} else if (m.count+1)*2 > slots {
			slots *= 2
		}
		m.resize(slots)
	}
	mask := m.slots - 1
	i := uintptr(h) & mask
	for *m.meta(i) >= hashmapFull {
		i = (i + 1) & mask
	}
	if *m.meta(i) == hashmapEmpty {
		m.used++
	}
	*m.meta(i) = hashmapTop(h)
	memmove(m.keyAt(m.table, m.slots, i), key, m.keySize)
	m.count++
	return m.valueAt(m.table, m.slots, i)
}

// hashmapDelete is delete(m, key).
func hashmapDelete(m *hashmap, key unsafe.Pointer) {
	if m == nil {
		return
	}
	if m.count == 0 {
		m.hashKey(key) // an unhashable interface key panics in an empty map too, as in Go
		return
	}
	i := m.find(key, m.hashKey(key))
	if i == m.slots {
		return
	}
	// A slot followed by an empty one ends no probe chain that goes further, so it can
	// be empty again rather than a tombstone.
	if *m.meta((i + 1) & (m.slots - 1)) == hashmapEmpty {
		*m.meta(i) = hashmapEmpty
		m.used--
	} else {
		*m.meta(i) = hashmapDeleted
	}
	memzero(m.keyAt(m.table, m.slots, i), m.keySize)
	memzero(m.valueAt(m.table, m.slots, i), m.valueSize)
	m.count--
}

// hashmapClear is clear(m): every entry goes, the table stays (so a range loop over the
// map that is under way sees no more entries).
func hashmapClear(m *hashmap) {
	if m == nil || m.table == nil {
		return
	}
	memzero(m.table, m.slots*(1+m.keySize+m.valueSize))
	m.count = 0
	m.used = 0
}

// hashmapNext advances a range loop: it copies the next entry's key and value to key
// and value (either may be nil) and reports whether there was one.
func hashmapNext(m *hashmap, it *hashmapIterator, key, value unsafe.Pointer) bool {
	if it.table == nil {
		if m == nil || m.table == nil {
			return false
		}
		it.table = m.table
		it.slots = m.slots
	}
	for it.index < it.slots {
		i := it.index
		it.index++
		if *(*uint8)(unsafe.Pointer(uintptr(it.table) + i)) < hashmapFull {
			continue
		}
		k := m.keyAt(it.table, it.slots, i)
		v := m.valueAt(it.table, it.slots, i)
		if it.table != m.table {
			j := m.slots
			if m.count > 0 {
				j = m.find(k, m.hashKey(k))
			}
			if j == m.slots {
				continue // deleted since the map got its new table
			}
			v = m.valueAt(m.table, m.slots, j)
		}
		if key != nil {
			memmove(key, k, m.keySize)
		}
		if value != nil {
			memmove(value, v, m.valueSize)
		}
		return true
	}
	return false
}

// find returns the slot holding key (whose hash is h), or m.slots when there is none.
// The table always has an empty slot, so the probe ends.
func (m *hashmap) find(key unsafe.Pointer, h uint32) uintptr {
	mask := m.slots - 1
	top := hashmapTop(h)
	i := uintptr(h) & mask
	for {
		meta := *m.meta(i)
		if meta == hashmapEmpty {
			return m.slots
		}
		if meta == top && m.keyEqual(m.keyAt(m.table, m.slots, i), key) {
			return i
		}
		i = (i + 1) & mask
	}
}

// resize moves the live entries into a new table of the given number of slots. The old
// table is left as it was, for range loops that are walking it.
func (m *hashmap) resize(slots uintptr) {
	oldTable := m.table
	oldSlots := m.slots
	m.table = alloc(slots * (1 + m.keySize + m.valueSize))
	m.slots = slots
	m.used = m.count
	mask := slots - 1
	for j := uintptr(0); j < oldSlots; j++ {
		if *(*uint8)(unsafe.Pointer(uintptr(oldTable) + j)) < hashmapFull {
			continue
		}
		k := m.keyAt(oldTable, oldSlots, j)
		h := m.hashKey(k)
		i := uintptr(h) & mask
		for *m.meta(i) != hashmapEmpty {
			i = (i + 1) & mask
		}
		*m.meta(i) = hashmapTop(h)
		memmove(m.keyAt(m.table, slots, i), k, m.keySize)
		memmove(m.valueAt(m.table, slots, i), m.valueAt(oldTable, oldSlots, j), m.valueSize)
	}
}

func (m *hashmap) meta(i uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(uintptr(m.table) + i))
}

// keyAt and valueAt address slot i of a table with the given number of slots. Keys
// start after the metadata bytes and values after the keys; with at least 8 slots both
// offsets are multiples of 8, so every key and value is aligned.
func (m *hashmap) keyAt(table unsafe.Pointer, slots, i uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(table) + slots + i*m.keySize)
}

func (m *hashmap) valueAt(table unsafe.Pointer, slots, i uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(table) + slots*(1+m.keySize) + i*m.valueSize)
}

func (m *hashmap) hashKey(key unsafe.Pointer) uint32 {
	switch m.keyKind {
	case hashmapKeyString:
		return hashmapHashString(key, hashmapSeed)
	case hashmapKeyCustom:
		return m.hash(key, hashmapSeed)
	}
	return hashmapHashBytes(key, m.keySize, hashmapSeed)
}

func (m *hashmap) keyEqual(a, b unsafe.Pointer) bool {
	switch m.keyKind {
	case hashmapKeyString:
		return hashmapStringEqual(a, b)
	case hashmapKeyCustom:
		return m.equal(a, b)
	}
	return hashmapMemequal(a, b, m.keySize)
}

// hashmapNaNs counts the NaN keys hashed, which makes each NaN's hash different.
var hashmapNaNs uint32

// hashmapHashFloat continues the hash h over the float32 or float64 (size 4 or 8) at
// p, from its bits (no float arithmetic on chips without an FPU): -0 hashes as +0,
// which it equals, and each NaN, which equals nothing (not even itself: every
// m[NaN] = v adds an entry), differently, as in gc, so that NaN keys do not all share
// one probe chain (Go's maplinear.go inserts 30,000 of them).
func hashmapHashFloat(p unsafe.Pointer, size uintptr, h uint32) uint32 {
	var bits uint64
	nan := false
	if size == 4 {
		b := *(*uint32)(p)
		if b<<1 == 0 {
			b = 0
		}
		nan = b&0x7f800000 == 0x7f800000 && b&0x007fffff != 0
		bits = uint64(b)
	} else {
		b := *(*uint64)(p)
		if b<<1 == 0 {
			b = 0
		}
		nan = b&0x7ff0000000000000 == 0x7ff0000000000000 && b&0x000fffffffffffff != 0
		bits = b
	}
	if nan {
		hashmapNaNs++
		bits = uint64(hashmapNaNs)
		h ^= 0x9e3779b9
	}
	return hashmapHashBytes(unsafe.Pointer(&bits), 8, h)
}

func hashmapTop(h uint32) uint8 {
	return uint8(h>>25) | hashmapFull
}

// hashmapHashBytes continues the hash h over n bytes at p (FNV-1a, then a final mix so
// that the low bits, which pick the slot, depend on every byte).
func hashmapHashBytes(p unsafe.Pointer, n uintptr, h uint32) uint32 {
	for i := uintptr(0); i < n; i++ {
		h ^= uint32(*(*uint8)(unsafe.Pointer(uintptr(p) + i)))
		h *= 16777619
	}
	return h ^ h>>15
}

// hashmapHashString continues the hash h over the bytes of the string at p.
func hashmapHashString(p unsafe.Pointer, h uint32) uint32 {
	s := *(*string)(p)
	return hashmapHashBytes(unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)), h)
}

// hashmapHashInterface continues the hash h over the interface value at p, by its
// dynamic type; the compiler writes its body (one case per type the program converts
// to an interface). Keys of interface type, and aggregates holding interfaces, use it.
func hashmapHashInterface(p unsafe.Pointer, h uint32) uint32

func hashmapMemequal(a, b unsafe.Pointer, n uintptr) bool {
	for i := uintptr(0); i < n; i++ {
		if *(*uint8)(unsafe.Pointer(uintptr(a) + i)) != *(*uint8)(unsafe.Pointer(uintptr(b) + i)) {
			return false
		}
	}
	return true
}

func hashmapStringEqual(a, b unsafe.Pointer) bool {
	return *(*string)(a) == *(*string)(b)
}

func memzero(p unsafe.Pointer, n uintptr) {
	for i := uintptr(0); i < n; i++ {
		*(*uint8)(unsafe.Pointer(uintptr(p) + i)) = 0
	}
}
