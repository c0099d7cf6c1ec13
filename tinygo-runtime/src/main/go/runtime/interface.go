package runtime

import "unsafe"

// Interface support the compiler calls. An interface value is {typecode, value}: the
// typecode is the address of the dynamic type's descriptor (nil for a nil interface),
// the value is the pointer itself for pointer-shaped types and otherwise the address
// of a boxed copy. Method calls, assertions and comparisons are compiled to tests of
// the typecode; the runtime only prints the messages of failures and panics.

// typeDesc is the start of the descriptors the compiler emits, one per type that the
// program converts to an interface. Programs that walk values by type (package
// internal/reflectlite) get longer descriptors that begin the same way.
type typeDesc struct {
	name string // as Go's runtime writes it: main.T, *main.T, []int, interface {}
	kind uint8  // kind* below (reflect.Kind's numbering)
}

const (
	kindOther = iota
	kindBool
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
)

type eface struct {
	typecode unsafe.Pointer
	value    unsafe.Pointer
}

type stringer interface {
	String() string
}

func typeName(typecode unsafe.Pointer) string {
	return (*typeDesc)(typecode).name
}

// panicTypeAssert reports a failed x.(T) for a concrete T.
func panicTypeAssert(iface string, have unsafe.Pointer, want string) {
	gopanic(&TypeAssertionError{iface: iface, concrete: have, asserted: want})
}

// panicAssertIface reports a failed x.(I) for an interface I; missing is the first
// method (by name) that the dynamic type lacks.
func panicAssertIface(have unsafe.Pointer, want string, missing string) {
	gopanic(&TypeAssertionError{concrete: have, asserted: want, missingMethod: missing})
}

func panicNilMethod() {
	panicNilDeref()
}

// panicwrap is the panic of a value method of T called through a nil *T held in an
// interface (the dispatch cannot load the receiver).
func panicwrap(pkg, typ, meth string) {
	gopanic(plainError("value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer"))
}

func panicUncomparable(have unsafe.Pointer) {
	gopanic(errorString("comparing uncomparable type " + typeName(have)))
}

func panicUnhashable(have unsafe.Pointer) {
	gopanic(errorString("hash of unhashable type " + typeName(have)))
}

func printAny(v interface{}) {
	e := (*eface)(unsafe.Pointer(&v))
	d := (*typeDesc)(e.typecode)
	named := false
	for i := 0; i < len(d.name); i++ {
		if d.name[i] == '.' {
			named = true
		}
	}
	float := d.kind >= kindFloat32 && d.kind <= kindComplex128 && panicFloat != nil
	if d.kind == kindOther || d.kind > kindUintptr && d.kind != kindString && !float {
		printstring("(")
		printstring(d.name)
		printstring(") ")
		printptr(uintptr(e.value))
		return
	}
	if named {
		printstring(d.name)
		printstring("(")
	}
	p := e.value
	switch d.kind {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt:
		printint64(int64(*(*int)(p)))
	case kindInt8:
		printint32(int32(*(*int8)(p)))
	case kindInt16:
		printint32(int32(*(*int16)(p)))
	case kindInt32:
		printint32(*(*int32)(p))
	case kindInt64:
		printint64(*(*int64)(p))
	case kindUint:
		printuint64(uint64(*(*uint)(p)))
	case kindUint8:
		printuint32(uint32(*(*uint8)(p)))
	case kindUint16:
		printuint32(uint32(*(*uint16)(p)))
	case kindUint32:
		printuint32(*(*uint32)(p))
	case kindUint64:
		printuint64(*(*uint64)(p))
	case kindUintptr:
		printuint64(uint64(*(*uintptr)(p)))
	case kindFloat32, kindFloat64, kindComplex64, kindComplex128:
		panicFloat(d.kind, p)
	case kindString:
		if named {
			printstring("\"")
		}
		printstring(*(*string)(p))
		if named {
			printstring("\"")
		}
	}
	if named {
		printstring(")")
	}
}
