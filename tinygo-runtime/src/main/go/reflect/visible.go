package reflect

// VisibleFields returns every field of the struct type t that a FieldByName call can
// reach, unexported ones included: its own fields and those promoted from embedded
// structs (and pointers to structs), each embedded field followed at once by the
// fields it promotes, with Index the path from t. A name is visible at the smallest
// depth it occurs at, and only when it occurs once there.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	var all []StructField
	collectFields(t, nil, nil, &all)
	// for each name, the smallest depth and how often it occurs there
	type seen struct{ depth, count int }
	names := make(map[string]seen, len(all))
	for _, f := range all {
		s, ok := names[f.Name]
		switch {
		case !ok || len(f.Index) < s.depth:
			names[f.Name] = seen{len(f.Index), 1}
		case len(f.Index) == s.depth:
			names[f.Name] = seen{s.depth, s.count + 1}
		}
	}
	visible := all[:0]
	for _, f := range all {
		if s := names[f.Name]; s.depth == len(f.Index) && s.count == 1 {
			visible = append(visible, f)
		}
	}
	return visible
}

// collectFields appends the fields of the struct type t, at the path index, and then
// after each embedded struct field the fields of that struct, depth first; a struct
// already being walked on the way here (embedded through a pointer to itself) is not
// walked again.
func collectFields(t Type, index []int, walking []Type, all *[]StructField) {
	for _, w := range walking {
		if w == t {
			return
		}
	}
	walking = append(walking, t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		f.Index = append(append(make([]int, 0, len(index)+1), index...), i)
		*all = append(*all, f)
		if !f.Anonymous {
			continue
		}
		et := f.Type
		if et.Kind() == Pointer {
			et = et.Elem()
		}
		if et.Kind() == Struct {
			collectFields(et, f.Index, walking, all)
		}
	}
}
