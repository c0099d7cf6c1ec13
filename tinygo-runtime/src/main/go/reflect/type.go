// Package reflect lets a program inspect and change values whose types it learns at
// run time. It reads the type descriptors the compiler emits: a program that
// contains this package gets descriptors with everything below (package paths,
// method tables, function signatures, struct tags, the pointer type of each type);
// other programs keep smaller ones. Only types that the program converts to
// interfaces, and the types their descriptors reach, have descriptors, so TypeOf
// and ValueOf (which take interfaces) reach every type a program can name here.
package reflect

import "unsafe"

// A Kind is the category of a type.
type Kind uint

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

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String is the kind's name as Go writes it ("int", "ptr", "struct").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type

	common() *rtype
}

// rtype is a type descriptor as the compiler lays it out (TypeDescriptors in
// tinygo-codegen); its first eight fields are internal/reflectlite's Type.
type rtype struct {
	name       string
	kind       uint8
	flags      uint8
	size       uintptr
	elem       *rtype
	key        *rtype
	len        uintptr
	fields     unsafe.Pointer // *[len]field
	pkgPath    string
	ptrToThis  *rtype
	methods    unsafe.Pointer // *[nmethods]method, sorted by name
	nmethods   uintptr
	params     unsafe.Pointer // *[nin+nout]*rtype
	nin        uintptr
	nout       uintptr
	tags       unsafe.Pointer // *[len]string, or nil when no field has a tag
	align      uintptr
	fieldAlign uintptr
	call       unsafe.Pointer // functions: func(fn *funcValue, args, results *unsafe.Pointer, context)
	makeFunc   unsafe.Pointer // functions: the code of MakeFunc's func values of this type
}

// rtype.flags
const (
	tflagNamed      = 1
	tflagVariadic   = 2
	tflagComparable = 4
	tflagSendOnly   = 8
	tflagRecvOnly   = 16
)

type field struct {
	name   string
	typ    *rtype
	offset uintptr
	flags  uint8
}

const (
	fieldEmbedded = 1
	fieldExported = 2
)

type method struct {
	name    string
	pkgPath string
	typ     *rtype         // the signature without receiver
	mtyp    *rtype         // with the receiver first; nil for interface methods
	fn      unsafe.Pointer // the code of method expression T.M, when the program calls methods
}

// Method is a method of a type's method set.
type Method struct {
	Name    string
	PkgPath string
	Type    Type  // the method's type, receiver first (for interfaces, without)
	Func    Value // T.M as a function value, receiver first (the zero Value for interface types)
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type {
	t := (*eface)(unsafe.Pointer(&i)).typ
	if t == nil {
		return nil
	}
	return t
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) String() string { return t.name }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.fieldAlign) }

func (t *rtype) named() bool { return t.flags&tflagNamed != 0 }

// Name is a defined type's name within its package; "" for other types but the
// predeclared ones.
func (t *rtype) Name() string {
	if !t.named() {
		if t.Kind() == UnsafePointer {
			return "Pointer"
		}
		if t.Kind() <= Complex128 && t.Kind() != Invalid || t.Kind() == String || t.Kind() == UnsafePointer {
			return t.name
		}
		return ""
	}
	s := t.name
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[i+1:]
		}
		if s[i] == '[' {
			break
		}
	}
	return s
}

// PkgPath is a defined type's package import path.
func (t *rtype) PkgPath() string {
	if t.Kind() == UnsafePointer && !t.named() {
		return "unsafe"
	}
	if !t.named() {
		return ""
	}
	return t.pkgPath
}

func (t *rtype) Comparable() bool { return t.flags&tflagComparable != 0 }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	switch {
	case t.flags&tflagSendOnly != 0:
		return SendDir
	case t.flags&tflagRecvOnly != 0:
		return RecvDir
	}
	return BothDir
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return t.flags&tflagVariadic != 0
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) method(i int) *method {
	return (*method)(unsafe.Add(t.methods, uintptr(i)*unsafe.Sizeof(method{})))
}

// exportedMethods counts the methods reflect shows: for interfaces all of them, for
// other types the exported ones (which sort first, as Go's upper-case letters do).
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return int(t.nmethods)
	}
	n := 0
	for i := 0; i < int(t.nmethods); i++ {
		if t.method(i).pkgPath == "" {
			n++
		}
	}
	return n
}

func (t *rtype) visibleMethod(i int) *method {
	for j := 0; j < int(t.nmethods); j++ {
		m := t.method(j)
		if t.Kind() != Interface && m.pkgPath != "" {
			continue
		}
		if i == 0 {
			return m
		}
		i--
	}
	return nil
}

func (t *rtype) Method(i int) Method {
	m := t.visibleMethod(i)
	if i < 0 || m == nil {
		panic("reflect: Method index out of range")
	}
	r := Method{Name: m.name, PkgPath: m.pkgPath, Index: i}
	if m.mtyp != nil {
		r.Type = m.mtyp
		if m.fn != nil {
			f := &funcValue{nil, m.fn}
			r.Func = Value{m.mtyp, unsafe.Pointer(f), flagIndir}
		}
	} else {
		r.Type = m.typ
	}
	return r
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if m := t.visibleMethod(i); m.name == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) param(i int) *rtype {
	return *(**rtype)(unsafe.Add(t.params, uintptr(i)*unsafe.Sizeof(t)))
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return int(t.nin)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return int(t.nout)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	if i < 0 || i >= int(t.nin) {
		panic("reflect: Function index out of range")
	}
	return t.param(i)
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	if i < 0 || i >= int(t.nout) {
		panic("reflect: Function index out of range")
	}
	return t.param(int(t.nin) + i)
}

// Implements reports whether t's method set holds every method of interface u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func implements(iface, t *rtype) bool {
	j := 0
	for i := 0; i < int(iface.nmethods); i++ {
		im := iface.method(i)
		for {
			if j >= int(t.nmethods) {
				return false
			}
			tm := t.method(j)
			j++
			if tm.name == im.name && tm.pkgPath == im.pkgPath && tm.typ == im.typ {
				break
			}
		}
	}
	return true
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || uu.Kind() == Interface && implements(uu, t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(t, u.common())
}

// directlyAssignable reports whether a value of type v may be assigned to one of
// type t without an interface conversion: identical types, or identical underlying
// types of which one is not named (channels also by element when v is bidirectional).
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.Name() != "" && v.Name() != "" || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && v.ChanDir() == BothDir && t.elem == v.elem {
		return true
	}
	return identicalUnderlying(t, v)
}

// identicalUnderlying compares the structure of two descriptors (one level of names
// deep, as Go's identity of underlying types does).
func identicalUnderlying(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.Kind() != v.Kind() {
		return false
	}
	switch t.Kind() {
	case Array:
		return t.len == v.len && t.elem == v.elem
	case Chan:
		return t.flags&(tflagSendOnly|tflagRecvOnly) == v.flags&(tflagSendOnly|tflagRecvOnly) && t.elem == v.elem
	case Map:
		return t.key == v.key && t.elem == v.elem
	case Pointer, Slice:
		return t.elem == v.elem
	case Func:
		if t.nin != v.nin || t.nout != v.nout || t.flags&tflagVariadic != v.flags&tflagVariadic {
			return false
		}
		for i := 0; i < int(t.nin+t.nout); i++ {
			if t.param(i) != v.param(i) {
				return false
			}
		}
		return true
	case Interface:
		if t.nmethods != v.nmethods {
			return false
		}
		for i := 0; i < int(t.nmethods); i++ {
			a, b := t.method(i), v.method(i)
			if a.name != b.name || a.pkgPath != b.pkgPath || a.typ != b.typ {
				return false
			}
		}
		return true
	case Struct:
		if t.len != v.len {
			return false
		}
		for i := 0; i < int(t.len); i++ {
			a, b := t.field(i), v.field(i)
			if a.name != b.name || a.typ != b.typ || a.offset != b.offset || a.flags != b.flags || t.tag(i) != v.tag(i) {
				return false
			}
		}
		return true
	}
	// predeclared kinds: the same kind is the same underlying type
	return true
}

func isNumeric(k Kind) bool { return k >= Int && k <= Complex128 }

// convertible follows the spec's conversion rules for non-constant values.
func convertible(src, dst *rtype) bool {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case (sk >= Int && sk <= Uintptr) && (dk >= Int && dk <= Float64):
		return true
	case (sk == Float32 || sk == Float64) && (dk >= Int && dk <= Float64):
		return true
	case (sk == Complex64 || sk == Complex128) && (dk == Complex64 || dk == Complex128):
		return true
	case (sk >= Int && sk <= Uintptr) && dk == String:
		return true
	case sk == String && dk == Slice && dst.elem.named() == false && (dst.elem.Kind() == Uint8 || dst.elem.Kind() == Int32):
		return true
	case sk == Slice && dk == String && src.elem.named() == false && (src.elem.Kind() == Uint8 || src.elem.Kind() == Int32):
		return true
	case sk == Slice && dk == Pointer && dst.elem.Kind() == Array && src.elem == dst.elem.elem:
		return true
	}
	if directlyAssignable(dst, src) || dst.Kind() == Interface && implements(dst, src) {
		return true
	}
	if identicalUnderlying(src, dst) {
		return true
	}
	if sk == Pointer && dk == Pointer && !src.named() && !dst.named() && identicalUnderlying(src.elem, dst.elem) {
		return true
	}
	return false
}

// ptrTo returns the descriptor of *t: the compiler's when it made one, else one made
// here once per type (a pointer-to-pointer type the program never names).
func (t *rtype) ptrTo() *rtype {
	if t.ptrToThis != nil {
		return t.ptrToThis
	}
	for _, p := range madeTypes {
		if p.Kind() == Pointer && p.elem == t {
			return p
		}
	}
	p := &rtype{name: "*" + t.name, kind: uint8(Pointer), flags: tflagComparable, size: unsafe.Sizeof(uintptr(0)),
		elem: t, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))}
	madeTypes = append(madeTypes, p)
	return p
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return t.common().ptrTo() }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
