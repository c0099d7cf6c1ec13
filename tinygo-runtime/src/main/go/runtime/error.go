package runtime

import "unsafe"

// Run-time errors are values of these types, so that a deferred call can recover
// them and test them for runtime.Error, and an unrecovered one prints Go's message.

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// errorString is a run-time error with a fixed message.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a run-time error whose message has no "runtime error: " prefix, as
// Go words channel and map misuse.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	iface         string         // the asserted value's static type, "" for interface{}
	concrete      unsafe.Pointer // the dynamic type's descriptor; nil for a nil interface
	asserted      string
	missingMethod string // for an assertion to an interface: the first method missing
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := e.iface
	if inter == "" {
		inter = "interface"
	}
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	cs := typeName(e.concrete)
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + e.asserted
		if cs == e.asserted {
			msg += " (types from different packages)"
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + e.asserted + ": missing method " + e.missingMethod
}

// boundsError is an index or slice expression out of range. x and y are the
// offending values as the message shows them; code says which check failed.
type boundsError struct {
	x      int
	y      int
	signed bool // x may be shown negative
	code   uint8
}

const (
	boundsIndex      = iota // s[x]: x out of [0, y)
	boundsSliceAlen         // s[?:x]: x > len y (strings, arrays)
	boundsSliceAcap         // s[?:x]: x > cap y
	boundsSliceB            // s[x:y]: x > y
	boundsSlice3Alen        // s[?:?:x]: x > len y
	boundsSlice3Acap        // s[?:?:x]: x > cap y
	boundsSlice3B           // s[?:x:y]: x > y
	boundsSlice3C           // s[x:y:?]: x > y
	boundsConvert           // (*[y]T)(s): len(s) x < y
)

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	neg := e.signed && e.x < 0
	x := formatInt(e.x, e.signed) // an unsigned index past the largest int is no negative number
	y := itoa(e.y)
	var m string
	switch e.code {
	case boundsIndex:
		m = "index out of range [" + x + "]"
		if !neg {
			m += " with length " + y
		}
	case boundsSliceAlen, boundsSliceAcap:
		m = "slice bounds out of range [:" + x + "]"
		if !neg {
			m += boundsWith(e.code == boundsSliceAlen) + y
		}
	case boundsSliceB:
		if neg {
			m = "slice bounds out of range [" + x + ":]"
		} else {
			m = "slice bounds out of range [" + x + ":" + y + "]"
		}
	case boundsSlice3Alen, boundsSlice3Acap:
		m = "slice bounds out of range [::" + x + "]"
		if !neg {
			m += boundsWith(e.code == boundsSlice3Alen) + y
		}
	case boundsSlice3B:
		if neg {
			m = "slice bounds out of range [:" + x + ":]"
		} else {
			m = "slice bounds out of range [:" + x + ":" + y + "]"
		}
	case boundsSlice3C:
		if neg {
			m = "slice bounds out of range [" + x + "::]"
		} else {
			m = "slice bounds out of range [" + x + ":" + y + ":]"
		}
	case boundsConvert:
		m = "cannot convert slice with length " + x + " to pointer to array with length " + y
	}
	return "runtime error: " + m
}

func boundsWith(length bool) string {
	if length {
		return " with length "
	}
	return " with capacity "
}

// itoa formats v in decimal with the print functions' digit loops (no division,
// which chips without a divider call a routine for).
func itoa(v int) string {
	return formatInt(v, true)
}

// formatInt is itoa of v read as signed or as unsigned.
func formatInt(v int, signed bool) string {
	var buf [21]byte
	i := 0
	u := uint64(uint(v))
	if signed && v < 0 {
		buf[0] = '-'
		i = 1
		u = -u
	}
	if unsafe.Sizeof(v) == 8 && u > 0xffffffff {
		i = decimal64(buf[:], i, u)
	} else {
		i = decimal32(buf[:], i, uint32(u))
	}
	return string(buf[:i])
}
