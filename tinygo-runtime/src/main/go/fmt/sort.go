package fmt

import "internal/reflectlite"

// Map keys are printed in a defined order, as Go's fmt does: numbers, strings and
// booleans (false first) by value, NaN before other floats, complex numbers by real
// then imaginary part, pointers and channels by address, structs and arrays element
// by element, interfaces by dynamic type and then value, nil first.

// sortEntries sorts keys (insertion sort: maps printed by a program are small), moving
// values along.
func sortEntries(keys, values []reflectlite.Value) {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && compare(keys[j], keys[j-1]) < 0; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
			values[j], values[j-1] = values[j-1], values[j]
		}
	}
}

func compareInts(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareUints(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// floatKey maps IEEE bits of the given size to an integer with the order of the
// floats (NaN lowest), so keys sort without float arithmetic.
func floatKey(bits uint64, size uint) uint64 {
	sign := uint64(1) << (size - 1)
	expMask := (sign - 1) &^ ((uint64(1) << mantBits(size)) - 1)
	if bits&expMask == expMask && bits&((uint64(1)<<mantBits(size))-1) != 0 {
		return 0 // NaN
	}
	if bits&sign != 0 {
		return (^bits & (sign<<1 - 1)) + 1
	}
	return bits | sign + 1
}

func mantBits(size uint) uint {
	if size == 32 {
		return 23
	}
	return 52
}

func compare(a, b reflectlite.Value) int {
	if !a.IsValid() || !b.IsValid() {
		switch {
		case a.IsValid():
			return 1
		case b.IsValid():
			return -1
		}
		return 0
	}
	switch a.Kind() {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		return compareInts(a.Int(), b.Int())
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64,
		reflectlite.Uintptr:
		return compareUints(a.Uint(), b.Uint())
	case reflectlite.String:
		as, bs := a.String(), b.String()
		switch {
		case as < bs:
			return -1
		case as > bs:
			return 1
		}
		return 0
	case reflectlite.Bool:
		ab, bb := a.Bool(), b.Bool()
		switch {
		case ab == bb:
			return 0
		case ab:
			return 1
		}
		return -1
	case reflectlite.Float32:
		return compareUints(floatKey(a.FloatBits(), 32), floatKey(b.FloatBits(), 32))
	case reflectlite.Float64:
		return compareUints(floatKey(a.FloatBits(), 64), floatKey(b.FloatBits(), 64))
	case reflectlite.Complex64, reflectlite.Complex128:
		size := uint(64)
		if a.Kind() == reflectlite.Complex64 {
			size = 32
		}
		if c := compareUints(floatKey(a.FloatBits(), size), floatKey(b.FloatBits(), size)); c != 0 {
			return c
		}
		return compareUints(floatKey(a.ImagBits(), size), floatKey(b.ImagBits(), size))
	case reflectlite.Pointer, reflectlite.UnsafePointer, reflectlite.Chan:
		return compareUints(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflectlite.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Interface:
		ae, be := a.Elem(), b.Elem()
		if !ae.IsValid() || !be.IsValid() {
			return compare(ae, be)
		}
		if c := compareUints(uint64(ae.Type().Addr()), uint64(be.Type().Addr())); c != 0 {
			return c
		}
		return compare(ae, be)
	}
	return 0
}
