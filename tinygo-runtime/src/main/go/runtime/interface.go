package runtime

import "unsafe"

// Interface support the compiler calls. An interface value is {typecode, value}: the
// typecode is the address of the dynamic type's descriptor (nil for a nil interface),
// the value is the pointer itself for pointer-shaped types and otherwise the address
// of a boxed copy. Method calls, assertions and comparisons are compiled to tests of
// the typecode; the runtime only prints the messages of failures and panics.

// typeDesc is the layout of the descriptors the compiler emits, one per type that the
// program converts to an interface.
type typeDesc struct {
	name string // as Go's runtime writes it: main.T, *main.T, []int, interface {}
	kind uint8  // kind* below for basic underlying types, else 0
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
	printstring("panic: interface conversion: ")
	printstring(iface)
	printstring(" is ")
	if have == nil {
		printstring("nil")
	} else {
		printstring(typeName(have))
	}
	printstring(", not ")
	printstring(want)
	printnl()
	exit(2)
}

// panicAssertIface reports a failed x.(I) for an interface I; missing is the first
// method (by name) that the dynamic type lacks.
func panicAssertIface(have unsafe.Pointer, want string, missing string) {
	printstring("panic: interface conversion: ")
	if have == nil {
		printstring("interface is nil, not ")
		printstring(want)
	} else {
		printstring(typeName(have))
		printstring(" is not ")
		printstring(want)
		printstring(": missing method ")
		printstring(missing)
	}
	printnl()
	exit(2)
}

func panicNilMethod() {
	runtimePanic("invalid memory address or nil pointer dereference")
}

func panicUncomparable(have unsafe.Pointer) {
	printstring("panic: runtime error: comparing uncomparable type ")
	printstring(typeName(have))
	printnl()
	exit(2)
}

// panicValue is panic(v) for values that are not of a predeclared basic type. As Go
// does, an error prints its Error(), a Stringer its String(), a named basic type as
// T(v), and anything else as its type and address.
func panicValue(v interface{}) {
	printstring("panic: ")
	switch x := v.(type) {
	case nil:
		printstring("nil")
	case error:
		printstring(x.Error())
	case stringer:
		printstring(x.String())
	default:
		printAny(v)
	}
	printnl()
	exit(2)
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
	if d.kind == kindOther {
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
