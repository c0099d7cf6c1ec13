// Package reflectlite reads the compiler's type descriptors, for code that walks
// values by their dynamic type (fmt). Its presence in a program is what makes the
// compiler emit full descriptors (name, kind, size, element and key types, struct
// fields); other programs carry at most {name, kind} per type converted to an
// interface. Only types converted to interfaces, and the types their values hold,
// have descriptors.
package reflectlite

import "unsafe"

// A Kind is the category of a type; the numbering is reflect's.
type Kind uint8

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const (
	flagNamed      = 1
	flagComparable = 4
)

const (
	fieldEmbedded = 1
	fieldExported = 2
)

// Type is a type descriptor as the compiler lays it out.
type Type struct {
	name   string
	kind   uint8
	flags  uint8
	size   uintptr
	elem   *Type
	key    *Type
	len    uintptr        // array length, number of struct fields
	fields unsafe.Pointer // *[len]field for structs
}

type field struct {
	name   string
	typ    *Type
	offset uintptr
	flags  uint8
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name     string
	Type     *Type
	Offset   uintptr
	Embedded bool
	Exported bool
}

type eface struct {
	typ   *Type
	value unsafe.Pointer
}

// TypeOf returns the dynamic type of i, nil for a nil interface.
func TypeOf(i interface{}) *Type {
	return (*eface)(unsafe.Pointer(&i)).typ
}

// String is the type's name as Go's runtime writes it (main.T, []int, *main.T).
func (t *Type) String() string { return t.name }

func (t *Type) Kind() Kind { return Kind(t.kind) }

// Named reports whether t is a defined (named) type.
func (t *Type) Named() bool { return t.flags&flagNamed != 0 }

func (t *Type) Size() uintptr { return t.size }

// Comparable reports whether values of the type can be compared with ==.
func (t *Type) Comparable() bool { return t.flags&flagComparable != 0 }

// Elem is the element type of a pointer, slice, array, channel or map.
func (t *Type) Elem() *Type { return t.elem }

// Key is a map type's key type.
func (t *Type) Key() *Type { return t.key }

// Len is an array type's length.
func (t *Type) Len() int { return int(t.len) }

func (t *Type) NumField() int {
	if Kind(t.kind) != Struct {
		return 0
	}
	return int(t.len)
}

func (t *Type) field(i int) *field {
	return (*field)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(field{})))
}

// Field describes the i-th field of a struct type.
func (t *Type) Field(i int) StructField {
	f := t.field(i)
	return StructField{f.name, f.typ, f.offset, f.flags&fieldEmbedded != 0, f.flags&fieldExported != 0}
}

// pointerShaped reports whether values of the kind are stored in an interface's value
// word themselves rather than boxed.
func pointerShaped(k Kind) bool {
	return k == Pointer || k == Map || k == Chan || k == UnsafePointer
}

// KindPossible reports whether any value that reaches an interface in this program
// can be or hold (in elements, keys or fields) a value of kind k, which must be a
// constant. The compiler makes the call a constant, so that code for kinds a program
// never prints (fmt's floats and maps) is dropped.
func KindPossible(k Kind) bool

// ComparableValue reports whether == on i's dynamic type is allowed (a nil i's too).
// The compiler answers it from the types the program converts to interfaces, so it
// needs no type descriptor (errors.Is asks it in programs without full type
// information).
func ComparableValue(i interface{}) bool

// ReflectPresent reports whether the program contains package reflect; the compiler
// makes the call a constant.
func ReflectPresent() bool

// Implements reports whether t implements interface u. The compiler puts a function
// answering that in the fields slot of interface descriptors, in programs that call
// errors.As (the only user).
func (t *Type) Implements(u *Type) bool {
	if u == nil || Kind(u.kind) != Interface || u.fields == nil {
		return false
	}
	var f func(t *Type) bool
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&f)) = [2]unsafe.Pointer{nil, u.fields}
	return f(t)
}

// AssignableTo reports whether a value of the dynamic type t may be stored in a
// variable of type u.
func (t *Type) AssignableTo(u *Type) bool {
	return t == u || Kind(u.kind) == Interface && t.Implements(u)
}

// Addr is the descriptor's address, which identifies the type (for ordering).
func (t *Type) Addr() uintptr { return uintptr(unsafe.Pointer(t)) }
