package reflect

import "unsafe"

// Struct fields and their tags: StructField, the field methods of struct types (by
// index, by a path of indices through embedded structs, by name, with promotion
// through embedded structs breadth first), and the conventional key:"value" form of
// StructTag. They read the descriptor's field array and tag array (rtype.fields,
// rtype.tags and the field layout in type.go).

// A StructField describes one field of a struct.
type StructField struct {
	Name      string
	PkgPath   string // empty for exported fields
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) field(i int) *field {
	return (*field)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(field{})))
}

func (t *rtype) tag(i int) StructTag {
	if t.tags == nil {
		return ""
	}
	return StructTag(*(*string)(unsafe.Add(t.tags, uintptr(i)*unsafe.Sizeof(""))))
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= int(t.len) {
		panic("reflect: Field index out of bounds")
	}
	f := t.field(i)
	sf := StructField{
		Name:      f.name,
		Type:      toType(f.typ),
		Tag:       t.tag(i),
		Offset:    f.offset,
		Index:     []int{i},
		Anonymous: f.flags&fieldEmbedded != 0,
	}
	if f.flags&fieldExported == 0 {
		sf.PkgPath = t.fieldPkgPath()
	}
	return sf
}

// fieldPkgPath is the package of a struct's unexported fields: the defining
// package of a named struct type, for an unnamed one the package the compiler
// recorded from its fields.
func (t *rtype) fieldPkgPath() string {
	return t.pkgPath
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	cur := t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.elem.Kind() == Struct {
				cur = cur.elem
			}
		}
		f0 := cur.Field(x)
		if i > 0 {
			f0.Offset += f.Offset
		}
		f = f0
		cur = f.Type.common()
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc finds the shallowest field whose name satisfies match, looking
// through embedded structs breadth first; two matches at the same depth cancel.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type level struct {
		typ   *rtype
		index []int
	}
	current := []level{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []level
		var found StructField
		count := 0
		for _, l := range current {
			if visited[l.typ] {
				continue
			}
			visited[l.typ] = true
			for i := 0; i < int(l.typ.len); i++ {
				f := l.typ.field(i)
				idx := append(append([]int(nil), l.index...), i)
				if match(f.name) {
					count++
					if count == 1 {
						found = t.FieldByIndex(idx)
					}
					continue
				}
				if f.flags&fieldEmbedded != 0 {
					ft := f.typ
					if ft.Kind() == Pointer {
						ft = ft.elem
					}
					if ft.Kind() == Struct {
						next = append(next, level{ft, idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

// A StructTag is the tag string of a struct field.
type StructTag string

// Get returns the value for key in the tag, or "".
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value for key in a tag of the conventional form
// `key:"value" key2:"value2"`, and whether the key is present.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		quoted := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			v, ok := unquote(quoted)
			if !ok {
				break
			}
			return v, true
		}
	}
	return "", false
}

// unquote undoes the escapes of a double-quoted Go string literal (the common ones).
func unquote(s string) (string, bool) {
	s = s[1 : len(s)-1]
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		case '\\', '"', '\'':
			b = append(b, s[i])
		default:
			return "", false
		}
	}
	return string(b), true
}
