package reflect

import "unsafe"

// Type constructors: SliceOf, ChanOf, MapOf, ArrayOf. Go guarantees that they return
// the same Type as TypeOf of a value of that type, and that two calls return equal
// Types, and reflect compares types by descriptor address. So each constructor first
// looks for the compiler's descriptor of the type among the program's unnamed
// types of that kind (typeTable, emitted only for the kinds a program asks for), then among
// the ones made here before, and only then makes one. A made descriptor has what
// values need (size, alignment, element, key, length, comparability); its pointer
// type is made on demand (rtype.ptrTo), and it has no methods.

// typeTable is the compiler's table of the descriptors of the program's unnamed
// types of kind k, and for Func of its named function types too, with their number
// (an intrinsic: k must be a constant, and only the kinds asked for have a table).
func typeTable(k Kind) (**rtype, int)

// madeTypes are the descriptors made at run time, in the order they were made.
var madeTypes []*rtype

// lookupType returns the descriptor among the program's (the table first, n) and the
// made ones for which same holds, or nil.
func lookupType(first **rtype, n int, same func(t *rtype) bool) *rtype {
	for i := 0; i < n; i++ {
		t := *(**rtype)(unsafe.Add(unsafe.Pointer(first), uintptr(i)*unsafe.Sizeof(first)))
		if same(t) {
			return t
		}
	}
	for _, t := range madeTypes {
		if same(t) {
			return t
		}
	}
	return nil
}

// made records a descriptor made at run time and returns it.
func made(t *rtype) *rtype {
	madeTypes = append(madeTypes, t)
	return t
}

const ptrSize = unsafe.Sizeof(uintptr(0))

// sliceOf returns the descriptor of []elem.
func sliceOf(elem *rtype) *rtype {
	first, n := typeTable(Slice)
	if t := lookupType(first, n, func(t *rtype) bool { return t.Kind() == Slice && t.elem == elem }); t != nil {
		return t
	}
	return made(&rtype{name: "[]" + elem.name, kind: uint8(Slice), size: unsafe.Sizeof(sliceHeader{}),
		elem: elem, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))})
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return sliceOf(t.common()) }

// ChanOf returns the channel type with direction dir and element type t.
func ChanOf(dir ChanDir, t Type) Type {
	elem := t.common()
	var flags uint8
	var name string
	switch dir {
	case SendDir:
		flags, name = tflagSendOnly, "chan<- "+elem.name
	case RecvDir:
		flags, name = tflagRecvOnly, "<-chan "+elem.name
	case BothDir:
		name = "chan " + elem.name
		if elem.Kind() == Chan && elem.ChanDir() == RecvDir {
			name = "chan (" + elem.name + ")"
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	if uint64(elem.size) >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	dirs := uint8(tflagSendOnly | tflagRecvOnly)
	first, n := typeTable(Chan)
	if c := lookupType(first, n, func(t *rtype) bool {
		return t.Kind() == Chan && t.elem == elem && t.flags&dirs == flags
	}); c != nil {
		return c
	}
	return made(&rtype{name: name, kind: uint8(Chan), flags: flags | tflagComparable, size: ptrSize,
		elem: elem, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))})
}

// MapOf returns the map type with key type key and element type elem.
func MapOf(key, elem Type) Type {
	k, e := key.common(), elem.common()
	if !k.Comparable() {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	first, n := typeTable(Map)
	if m := lookupType(first, n, func(t *rtype) bool { return t.Kind() == Map && t.key == k && t.elem == e }); m != nil {
		return m
	}
	return made(&rtype{name: "map[" + k.name + "]" + e.name, kind: uint8(Map), size: ptrSize,
		key: k, elem: e, align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))})
}

// ArrayOf returns the array type with length length and element type elem.
func ArrayOf(length int, elem Type) Type {
	e := elem.common()
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if e.size > 0 && uintptr(length) > ^uintptr(0)/e.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	first, count := typeTable(Array)
	n := uintptr(length)
	if a := lookupType(first, count, func(t *rtype) bool { return t.Kind() == Array && t.elem == e && t.len == n }); a != nil {
		return a
	}
	a := &rtype{name: "[" + itoa(length) + "]" + e.name, kind: uint8(Array), size: e.size * n,
		elem: e, len: n, align: e.align, fieldAlign: e.fieldAlign}
	if e.Comparable() {
		a.flags = tflagComparable
	}
	return made(a)
}

// FuncOf returns the function type with parameter types in and result types out.
// Calls go through per-signature code the compiler makes (rtype.call, makeFunc):
// a made function type borrows it from a named function type of the program with
// the same signature; with none, MakeFunc and Call panic, as no code for that
// signature exists in the program.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	if len(in)+len(out) > 128 {
		panic("reflect.FuncOf: too many arguments")
	}
	params := make([]*rtype, len(in)+len(out))
	for i, t := range in {
		params[i] = t.common()
	}
	for i, t := range out {
		params[len(in)+i] = t.common()
	}
	var flags uint8
	if variadic {
		flags = tflagVariadic
	}
	sameSignature := func(t *rtype) bool {
		if t.Kind() != Func || int(t.nin) != len(in) || int(t.nout) != len(out) || t.flags&tflagVariadic != flags {
			return false
		}
		for i, p := range params {
			if t.param(i) != p {
				return false
			}
		}
		return true
	}
	first, n := typeTable(Func)
	if f := lookupType(first, n, func(t *rtype) bool { return !t.named() && sameSignature(t) }); f != nil {
		return f
	}
	if len(params) > 50 {
		panic("reflect.FuncOf does not support more than 50 arguments")
	}
	name := "func("
	for i, p := range params[:len(in)] {
		if i > 0 {
			name += ", "
		}
		if variadic && i == len(in)-1 {
			name += "..." + p.elem.name
		} else {
			name += p.name
		}
	}
	name += ")"
	if len(out) == 1 {
		name += " " + params[len(in)].name
	} else if len(out) > 1 {
		name += " ("
		for i, p := range params[len(in):] {
			if i > 0 {
				name += ", "
			}
			name += p.name
		}
		name += ")"
	}
	f := &rtype{name: name, kind: uint8(Func), flags: flags, size: 2 * ptrSize, nin: uintptr(len(in)),
		nout: uintptr(len(out)), align: unsafe.Alignof(uintptr(0)), fieldAlign: unsafe.Alignof(uintptr(0))}
	if len(params) > 0 {
		f.params = unsafe.Pointer(&params[0])
	}
	if named := lookupType(first, n, func(t *rtype) bool { return t.named() && sameSignature(t) }); named != nil {
		f.call, f.makeFunc = named.call, named.makeFunc
	}
	return made(f)
}

// StructOf returns the struct type with the given fields, laid out as the compiler
// lays out structs (each field at its alignment, the size rounded up to the largest,
// a final zero-size field padded so that its address stays inside the struct). Go
// promotes the methods of an embedded first field; this one panics instead, as the
// methods would need code the program does not have.
func StructOf(fields []StructField) Type {
	fs := make([]field, len(fields))
	var tags []string
	hasTag := false
	pkgPath := ""
	var offset, align uintptr = 0, 1
	comparable := true
	seen := map[string]bool{}
	for i, sf := range fields {
		if sf.Name == "" {
			panic("reflect.StructOf: field " + itoa(i) + " has no name")
		}
		if !validFieldName(sf.Name) {
			panic("reflect.StructOf: field " + itoa(i) + " has invalid name")
		}
		if sf.Type == nil {
			panic("reflect.StructOf: field " + itoa(i) + " has no type")
		}
		exported := sf.Name[0] >= 'A' && sf.Name[0] <= 'Z'
		if !exported && sf.PkgPath == "" {
			panic("reflect.StructOf: field \"" + sf.Name + "\" is unexported but missing PkgPath")
		}
		if seen[sf.Name] && sf.Name != "_" { // any number of blank fields, as in a struct type
			panic("reflect.StructOf: duplicate field " + sf.Name)
		}
		seen[sf.Name] = true
		ft := sf.Type.common()
		a := uintptr(ft.align)
		if a == 0 {
			a = 1
		}
		if a > align {
			align = a
		}
		offset = (offset + a - 1) &^ (a - 1)
		f := field{name: sf.Name, typ: ft, offset: offset}
		if exported {
			f.flags |= fieldExported
		} else if pkgPath == "" {
			pkgPath = sf.PkgPath
		}
		if sf.Anonymous {
			f.flags |= fieldEmbedded
			if hasMethods(ft) {
				if i > 0 {
					panic("reflect: embedded type with methods not implemented if type is not first field")
				}
				// Go promotes them, through wrappers it makes at run time; ours would
				// need code in the struct's ABI that the program does not have
				panic("reflect.StructOf: promoting the methods of embedded field " + sf.Name + " is not implemented")
			}
		}
		fs[i] = f
		offset += ft.size
		comparable = comparable && ft.Comparable()
		tags = append(tags, string(sf.Tag))
		hasTag = hasTag || sf.Tag != ""
	}
	if len(fs) > 0 && fs[len(fs)-1].typ.size == 0 && offset > 0 {
		offset++
	}
	size := (offset + align - 1) &^ (align - 1)
	sameFields := func(t *rtype) bool {
		if t.Kind() != Struct || t.named() || int(t.len) != len(fs) {
			return false
		}
		for i := range fs {
			a, b := t.field(i), &fs[i]
			if a.name != b.name || a.typ != b.typ || a.offset != b.offset || a.flags != b.flags || t.tag(i) != StructTag(tags[i]) {
				return false
			}
		}
		return t.pkgPath == pkgPath || pkgPath == ""
	}
	first, n := typeTable(Struct)
	if s := lookupType(first, n, sameFields); s != nil {
		return s
	}
	name := "struct {"
	for i, f := range fs {
		if i > 0 {
			name += ";"
		}
		name += " " + f.name + " " + f.typ.name
		if tags[i] != "" {
			name += " " + quote(tags[i])
		}
	}
	if len(fs) > 0 {
		name += " "
	}
	name += "}"
	s := &rtype{name: name, kind: uint8(Struct), size: size, len: uintptr(len(fs)), pkgPath: pkgPath,
		align: align, fieldAlign: align}
	if comparable {
		s.flags = tflagComparable
	}
	if len(fs) > 0 {
		s.fields = unsafe.Pointer(&fs[0])
		if hasTag {
			s.tags = unsafe.Pointer(&tags[0])
		}
	}
	return made(s)
}

// validFieldName reports whether s is a Go identifier.
func validFieldName(s string) bool {
	for i, c := range s {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// quote is a struct tag as a double-quoted Go string literal (the type's String).
func quote(s string) string {
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// hasMethods reports whether embedding t would promote methods.
func hasMethods(t *rtype) bool {
	if t.NumMethod() > 0 {
		return true
	}
	return t.Kind() == Pointer && t.elem.NumMethod() > 0
}
