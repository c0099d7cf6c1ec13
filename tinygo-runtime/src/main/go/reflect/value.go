package reflect

import "unsafe"

// A Value is a Go value seen through its type descriptor. ptr is the address of the
// value (flagIndir), or, for pointer-shaped kinds (pointers, maps, channels,
// unsafe.Pointer) taken straight from an interface, the pointer itself. The layout
// and the first two flags are internal/reflectlite's, so fmt prints a Value by what
// it holds.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

type flag uint8

const (
	flagIndir flag = 1 // ptr is the address of the value
	flagRO    flag = 2 // reached through an unexported field
	flagAddr  flag = 4 // addressable: the memory is a variable's
	// a method value: ptr is a *methodValue, typ the method's type without receiver
	flagMethod flag = 8
)

// A ValueError is the panic of a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

//go:linkname alloc runtime.alloc
func alloc(size uintptr) unsafe.Pointer

//go:linkname memmove runtime.memmove
func memmove(dst, src unsafe.Pointer, n uintptr)

func pointerShaped(k Kind) bool {
	return k == Pointer || k == Map || k == Chan || k == UnsafePointer
}

// ValueOf returns a Value holding what i holds; the zero Value for a nil i.
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return Value{}
	}
	if pointerShaped(e.typ.Kind()) {
		return Value{e.typ, e.data, 0}
	}
	return Value{e.typ, e.data, flagIndir}
}

func (v Value) kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(v.typ.kind)
}

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

// data is the address of the value's bytes (for an immediate pointer, of a copy).
func (v Value) data() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	p := new(unsafe.Pointer)
	*p = v.ptr
	return unsafe.Pointer(p)
}

// word is the value of a pointer-shaped kind.
func (v Value) word() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's value as an interface; the value is copied when v is
// addressable (interface boxes are never written, so they must not alias variables).
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return valueInterface(v)
}

// InterfaceData returns the two words of interface value v: its type descriptor and
// its data pointer (deprecated in Go too: what they mean is the implementation's).
func (v Value) InterfaceData() [2]uintptr {
	v.mustBe(Interface, "InterfaceData")
	return *(*[2]uintptr)(v.ptr)
}

func valueInterface(v Value) any {
	if v.flag&flagMethod != 0 {
		v = methodValueFunc(v)
	}
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	switch {
	case v.kind() == Interface:
		*e = *(*eface)(v.ptr)
	case pointerShaped(v.kind()):
		e.typ = v.typ
		e.data = v.word()
	case v.flag&flagAddr != 0:
		p := alloc(v.typ.size)
		memmove(p, v.ptr, v.typ.size)
		e.typ = v.typ
		e.data = p
	default:
		e.typ = v.typ
		e.data = v.ptr
	}
	return i
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.ptr)
}

func (v Value) CanInt() bool {
	k := v.kind()
	return k >= Int && k <= Int64
}

func (v Value) Int() int64 {
	switch v.kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) CanUint() bool {
	k := v.kind()
	return k >= Uint && k <= Uintptr
}

func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns a string's value; for other kinds "<T Value>", as Go's does.
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ == nil {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the runtime representation of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// channel has the layout of the start of the runtime's channel.
type channel struct {
	elemSize uintptr
	buf      unsafe.Pointer
	capacity uintptr
	count    uintptr
}

func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		return mapLen(v.word())
	case Chan:
		if c := (*channel)(v.word()); c != nil {
			return int(c.count)
		}
		return 0
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Chan:
		if c := (*channel)(v.word()); c != nil {
			return int(c.capacity)
		}
		return 0
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(v.ptr, uintptr(i)*et.size), flagIndir | v.flag&(flagRO|flagAddr)}
	case Slice:
		h := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(h.data, uintptr(i)*et.size), flagIndir | flagAddr | v.flag&flagRO}
	case String:
		h := (*stringHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: string index out of range")
		}
		p := new(uint8)
		*p = *(*uint8)(unsafe.Add(h.data, i))
		return Value{uint8Type(), unsafe.Pointer(p), flagIndir | v.flag&flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

var byteSample any = uint8(0)

func uint8Type() *rtype { return (*eface)(unsafe.Pointer(&byteSample)).typ }

func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.elem.Kind() == Uint8 {
			return *(*[]byte)(v.ptr)
		}
	case Array:
		if v.typ.elem.Kind() == Uint8 {
			if v.flag&flagAddr == 0 {
				panic("reflect.Value.Bytes of unaddressable byte array")
			}
			n := int(v.typ.len)
			h := sliceHeader{v.ptr, n, n}
			return *(*[]byte)(unsafe.Pointer(&h))
		}
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return int(v.typ.len)
}

func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	if uint(i) >= uint(v.typ.len) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.field(i)
	fl := flagIndir | v.flag&(flagRO|flagAddr)
	if f.flags&fieldExported == 0 {
		fl |= flagRO
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
}

func (v Value) FieldByIndex(index []int) Value {
	f, err := v.FieldByIndexErr(index)
	if err != nil {
		panic("reflect: indirection through nil pointer to embedded struct")
	}
	return f
}

// FieldByIndexErr is FieldByIndex, with an error instead of a panic when the path
// goes through a nil pointer to an embedded struct.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	for i, x := range index {
		if i > 0 && v.kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				return Value{}, &nilEmbeddedError{v.typ.elem.Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// nilEmbeddedError is FieldByIndexErr's error: the path went through a nil pointer to
// the embedded struct type named name.
type nilEmbeddedError struct{ name string }

func (e *nilEmbeddedError) Error() string {
	return "reflect: indirection through nil pointer to embedded struct field " + e.name
}

func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem is what a pointer points to, or the value an interface holds.
func (v Value) Elem() Value {
	switch v.kind() {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagIndir | flagAddr | v.flag&flagRO}
	case Interface:
		x := ValueOf(*(*any)(v.ptr))
		x.flag |= v.flag & flagRO
		return x
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{v.typ.ptrTo(), v.ptr, v.flag & flagRO}
}

func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Pointer, Map, Chan, UnsafePointer:
		return v.word() == nil
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	case Interface:
		return (*eface)(v.ptr).typ == nil
	case Func:
		return *(*unsafe.Pointer)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0)))) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is its type's zero value.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64, Complex64, Complex128:
		return allZero(v.ptr, v.typ.size)
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return v.IsNil()
}

func allZero(p unsafe.Pointer, n uintptr) bool {
	for i := uintptr(0); i < n; i++ {
		if *(*byte)(unsafe.Add(p, i)) != 0 {
			return false
		}
	}
	return true
}

func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Map, Chan, UnsafePointer:
		return uintptr(v.word())
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	case Func:
		return uintptr(*(*unsafe.Pointer)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0)))))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.Pointer()) }

// NumMethod counts the exported methods of v's type.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// ---- making values ----

// New returns a pointer to a new zero value of type t.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{t.ptrTo(), alloc(t.size), 0}
}

// Zero returns the zero value of type t (not addressable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	if pointerShaped(t.Kind()) {
		return Value{t, nil, 0}
	}
	return Value{t, alloc(t.size), flagIndir}
}

// Indirect returns what v points to, or v when it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// NewAt returns a pointer Value of type *typ to p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{typ.common().ptrTo(), p, 0}
}

func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	h := (*sliceHeader)(alloc(unsafe.Sizeof(sliceHeader{})))
	h.data = alloc(t.elem.size * uintptr(cap))
	h.len = len
	h.cap = cap
	return Value{t, unsafe.Pointer(h), flagIndir}
}

// grow returns slice s with room for n more elements (a new array when needed).
func grow(s Value, n int) Value {
	old := *(*sliceHeader)(s.ptr)
	h := (*sliceHeader)(alloc(unsafe.Sizeof(sliceHeader{})))
	*h = old
	if old.len+n > old.cap {
		c := old.cap * 2
		if c < old.len+n {
			c = old.len + n
		}
		es := s.typ.elem.size
		h.data = alloc(es * uintptr(c))
		memmove(h.data, old.data, es*uintptr(old.len))
		h.cap = c
	}
	h.len = old.len + n
	return Value{s.typ, unsafe.Pointer(h), flagIndir}
}

// Append appends the values x to slice s and returns the result.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "Append")
	n := s.Len()
	r := grow(s, len(x))
	for i, v := range x {
		r.Index(n + i).Set(v)
	}
	return r
}

// AppendSlice appends slice t to slice s.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "AppendSlice")
	t.mustBe(Slice, "AppendSlice")
	if s.typ.elem != t.typ.elem {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	n, m := s.Len(), t.Len()
	r := grow(s, m)
	memmove(unsafe.Add((*sliceHeader)(r.ptr).data, uintptr(n)*s.typ.elem.size), (*sliceHeader)(t.ptr).data, uintptr(m)*s.typ.elem.size)
	return r
}

// Copy copies src's elements into dst (a slice or addressable array) and returns
// how many it copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("Copy")
	}
	dst.mustBeExported("Copy")
	sk := src.kind()
	if sk != Array && sk != Slice && !(sk == String && dst.typ.elem.Kind() == Uint8) {
		panic(&ValueError{"reflect.Copy", sk})
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	memmove(dst.base(), src.base(), uintptr(n)*dst.typ.elem.size)
	return n
}

// base is the address of the first element of an array, slice or string.
func (v Value) base() unsafe.Pointer {
	if v.kind() == Array {
		return v.ptr
	}
	return *(*unsafe.Pointer)(v.ptr)
}

// Slice returns v[i:j] of a slice, an addressable array or a string.
func (v Value) Slice(i, j int) Value {
	if v.kind() == String {
		h := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > h.len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		s := new(string)
		*s = (*(*string)(v.ptr))[i:j]
		return Value{v.typ, unsafe.Pointer(s), flagIndir | v.flag&flagRO}
	}
	return v.slice("reflect.Value.Slice", i, j, -1)
}

// Slice3 returns v[i:j:k] of a slice or an addressable array.
func (v Value) Slice3(i, j, k int) Value {
	return v.slice("reflect.Value.Slice3", i, j, k)
}

// slice is v[i:j] (k < 0) or v[i:j:k] of a slice or an addressable array, for the
// method op.
func (v Value) slice(op string, i, j, k int) Value {
	var capacity int
	var base unsafe.Pointer
	var t *rtype
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic(op + ": slice of unaddressable array")
		}
		capacity = int(v.typ.len)
		base = v.ptr
		t = sliceOf(v.typ.elem)
	case Slice:
		h := (*sliceHeader)(v.ptr)
		capacity = h.cap
		base = h.data
		t = v.typ
	default:
		panic(&ValueError{op, v.kind()})
	}
	if k < 0 {
		k = capacity
	}
	if i < 0 || j < i || k < j || k > capacity {
		panic(op + ": slice index out of bounds")
	}
	h := (*sliceHeader)(alloc(unsafe.Sizeof(sliceHeader{})))
	h.data = unsafe.Add(base, uintptr(i)*t.elem.size)
	h.len = j - i
	h.cap = k - i
	return Value{t, unsafe.Pointer(h), flagIndir | v.flag&flagRO}
}
