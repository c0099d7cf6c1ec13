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
		return joinStrings("interface conversion: ", inter, " is nil, not ", e.asserted, "", "", "")
	}
	cs := typeName(e.concrete)
	if e.missingMethod == "" {
		same := ""
		if cs == e.asserted {
			same = " (types from different packages)"
		}
		return joinStrings("interface conversion: ", inter, " is ", cs, ", not ", e.asserted, same)
	}
	return joinStrings("interface conversion: ", cs, " is not ", e.asserted, ": missing method ", e.missingMethod, "")
}

// joinStrings returns its strings one after the other in one new string. A chain of
// + makes a string per operator, and all but the last are garbage at once: on the
// Uno, whose heap is under a kilobyte, the 5 partial messages of one failed
// assertion took 250 bytes.
//
// The parts are parameters, not an array literal: on the AVR a literal of constant
// strings would be a template in RAM (64 bytes of std_small's data, which then ran out
// of heap).
func joinStrings(s0, s1, s2, s3, s4, s5, s6 string) string {
	parts := [7]string{s0, s1, s2, s3, s4, s5, s6}
	n := uintptr(0)
	for _, s := range parts {
		n += uintptr(len(s))
	}
	p := allocNoscan(n)
	q := uintptr(p)
	for _, s := range parts {
		memmove(unsafe.Pointer(q), unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
		q += uintptr(len(s))
	}
	return makeString(p, n)
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

// Error builds Go's message from shared pieces rather than one string constant per
// form (on the AVR every string constant takes RAM), appended to one buffer (message)
// rather than concatenated: each concatenation is a call site and a string of its
// own. The AVR keeps the concatenations (concatMessage): see smallHeap.
func (e boundsError) Error() string {
	// an unsigned index past the largest int is no negative number
	if smallHeap {
		return "runtime error: " + e.concatMessage(formatInt(e.x, e.signed), e.signed && e.x < 0)
	}
	return e.message("", e.signed && e.x < 0, true)
}

// message is Error's text, with x shown as xs, or when xs is "" as e.x is (neg: x
// is negative); prefixed says whether it starts with "runtime error: ".
func (e boundsError) message(xs string, neg bool, prefixed bool) string {
	var m msgBuf
	m.p = allocNoscan(msgBufSize)
	if prefixed {
		m.add("runtime error: ")
	}
	// "what [before x after]" then " with length y" (or capacity) unless x is
	// negative; "cannot convert slice with length x to pointer to array" then the same
	with := boundsWith(true) // (a variable: a constant would be folded into each use)
	switch e.code {
	case boundsConvert:
		m.add("cannot convert slice")
		m.add(with)
	case boundsIndex:
		m.add("index out of range [")
	default:
		m.add("slice bounds out of range [")
		with = ""
		switch e.code {
		case boundsSliceAlen, boundsSliceAcap:
			m.add(":")
			with = boundsWith(e.code == boundsSliceAlen)
		case boundsSlice3Alen, boundsSlice3Acap:
			m.add("::")
			with = boundsWith(e.code == boundsSlice3Alen)
		case boundsSlice3B:
			m.add(":")
		}
	}
	if len(xs) != 0 {
		m.add(xs)
	} else {
		m.addInt(e.x, e.signed)
	}
	switch e.code {
	case boundsConvert:
		m.add(" to pointer to array")
	case boundsSliceB, boundsSlice3B, boundsSlice3C:
		// x > y, shown as [x:y] where y is the bound (which a negative x omits)
		m.add(":")
		if !neg {
			m.addInt(e.y, true)
		}
		if e.code == boundsSlice3C {
			m.add(":")
		}
		m.add("]")
	default:
		m.add("]")
	}
	if len(with) != 0 && !neg {
		m.add(with)
		m.addInt(e.y, true)
	}
	return m.string()
}

// smallHeap: the AVR, whose heap of a few hundred bytes has room for the short
// strings of concatenations long after it has none for msgBuf's.
const smallHeap = unsafe.Sizeof(uintptr(0)) == 2

// concatMessage is message without "runtime error: ", built by concatenation.
func (e boundsError) concatMessage(x string, neg bool) string {
	y := formatInt(e.y, true)
	withLength := boundsWith(true) // (a variable: a constant would be folded into each use)
	if e.code == boundsConvert {
		return "cannot convert slice" + withLength + x + " to pointer to array" + withLength + y
	}
	// "what [before x after]", then " with length y" (or capacity) unless x is negative
	what := "slice bounds out of range ["
	before, after, with := "", "]", ""
	switch e.code {
	case boundsIndex:
		what, with = "index out of range [", withLength
	case boundsSliceAlen, boundsSliceAcap:
		before, with = ":", boundsWith(e.code == boundsSliceAlen)
	case boundsSlice3Alen, boundsSlice3Acap:
		before, with = "::", boundsWith(e.code == boundsSlice3Alen)
	default: // s[x:y], s[?:x:y], s[x:y:?]: x > y, shown as [x:y] where y is the bound
		if e.code == boundsSlice3B {
			before = ":"
		}
		bound := y
		if neg {
			bound = ""
		}
		after = ":" + bound + "]"
		if e.code == boundsSlice3C {
			after = ":" + bound + ":]"
		}
	}
	m := what + before + x + after
	if with != "" && !neg {
		m += with + y
	}
	return m
}

// msgBuf is a message being built in memory from the heap, large enough for the
// longest bounds error (the slice conversion's, with two numbers of up to 21
// characters); the message is then a string of that memory, not a copy.
type msgBuf struct {
	p unsafe.Pointer
	n uintptr
}

const msgBufSize = 128

// add appends s. Not inlined: LLVM would expand each copy of a constant piece into
// loads and stores.
//
//go:noinline
func (m *msgBuf) add(s string) {
	memmove(unsafe.Add(m.p, m.n), unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
	m.n += uintptr(len(s))
}

// addInt appends v, read as signed or as unsigned, in decimal.
func (m *msgBuf) addInt(v int, signed bool) {
	m.n = uintptr(formatInto((*[msgBufSize]byte)(m.p)[:], int(m.n), v, signed))
}

// formatInt is v, read as signed or as unsigned, in decimal (concatMessage's numbers;
// formatInto's twin, since through it the AVR's code would grow).
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

// formatInto writes v, read as signed or as unsigned, in decimal to buf from index i
// on and returns the index after the last digit. The print functions' digit loops:
// no division, which chips without a divider call a routine for.
func formatInto(buf []byte, i int, v int, signed bool) int {
	u := uint64(uint(v))
	if signed && v < 0 {
		buf[i] = '-'
		i++
		u = -u
	}
	if unsafe.Sizeof(v) == 8 && u > 0xffffffff {
		return decimal64(buf, i, u)
	}
	return decimal32(buf, i, uint32(u))
}

func (m *msgBuf) string() string {
	return makeString(m.p, m.n)
}

// panicBounds64 panics with e whose x is the int64 or uint64 operand x64 of an index
// or slice expression on a 32-bit target, where it may not fit in e.x: the message
// shows it whole, as Go's does. The error is an errorString with boundsError's
// message, made now: a type of its own would join the dispatch of every program that
// merely has such an operand, and boundsError would grow in all.
func panicBounds64(e boundsError, x64 uint64) {
	neg := e.signed && int64(x64) < 0
	var buf [21]byte
	i := 0
	if neg {
		buf[0] = '-'
		i = 1
		x64 = -x64
	}
	xs := string(buf[:decimal64(buf[:], i, x64)])
	if smallHeap {
		gopanic(errorString(e.concatMessage(xs, neg)))
	}
	gopanic(errorString(e.message(xs, neg, false)))
}

// panicUnsafeSlice is the panic of unsafe.Slice(ptr, len) whose len is out of range,
// or (nilPtr) whose ptr is nil while len is not zero.
func panicUnsafeSlice(nilPtr bool) {
	if nilPtr {
		gopanic(errorString("unsafe.Slice: ptr is nil and len is not zero"))
	}
	gopanic(errorString("unsafe.Slice: len out of range"))
}

func boundsWith(length bool) string {
	if length {
		return " with length "
	}
	return " with capacity "
}
