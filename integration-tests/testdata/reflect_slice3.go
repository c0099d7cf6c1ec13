// targets: host wasi wasm cortex-m-qemu microbit

// reflect: Value.Slice3 of slices and addressable arrays and its panics,
// OverflowComplex, FieldByIndexErr through nil embedded pointers, and VisibleFields
// with promoted, shadowed, ambiguous and self-embedding fields.
package main

import "reflect"

type Inner struct {
	X, Y int
	z    string
}

type Other struct {
	Y int
	W bool
}

type Deep struct{ Inner }

type Outer struct {
	*Inner
	Other
	Deep
	Y    string
	name string
	*Outer
}

type Plain struct{ A, B int }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case string:
				println(what, "panics:", e)
			case *reflect.ValueError:
				println(what, "panics:", e.Error())
			}
		}
	}()
	f()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	v := reflect.ValueOf(s)
	t := v.Slice3(2, 4, 6)
	println(t.Len(), t.Cap(), t.Index(0).Int(), t.Index(1).Int())
	t.Index(0).SetInt(20)
	println(s[2])
	arr := [5]string{"a", "b", "c", "d", "e"}
	av := reflect.ValueOf(&arr).Elem()
	u := av.Slice3(1, 2, 3)
	println(u.Len(), u.Cap(), u.Index(0).String(), u.Type().String())
	println(av.Slice(1, 4).Cap())
	try("unaddressable", func() { reflect.ValueOf(arr).Slice3(0, 1, 2) })
	try("bounds", func() { v.Slice3(2, 1, 3) })
	try("beyond cap", func() { v.Slice3(0, 1, 9) })
	try("k < j", func() { v.Slice3(0, 3, 2) })
	try("string", func() { reflect.ValueOf("abc").Slice3(0, 1, 2) })

	var c64 complex64
	cv := reflect.ValueOf(&c64).Elem()
	println(cv.OverflowComplex(1e38+1e38i), cv.OverflowComplex(1e39), cv.OverflowComplex(complex(0, -1e39)))
	println(reflect.ValueOf(complex128(0)).OverflowComplex(1e300 + 1e300i))
	try("OverflowComplex of int", func() { reflect.ValueOf(1).OverflowComplex(1) })

	o := Outer{Y: "y"}
	ov := reflect.ValueOf(o)
	f, err := ov.FieldByIndexErr([]int{0, 0})
	println(f.IsValid(), err.Error())
	f, err = ov.FieldByIndexErr([]int{2, 0, 1})
	println(f.Int(), err == nil)
	try("FieldByIndex", func() { ov.FieldByIndex([]int{0, 1}) })
	o.Inner = &Inner{X: 7}
	f, err = reflect.ValueOf(o).FieldByIndexErr([]int{0, 0})
	println(f.Int(), err == nil)

	for _, typ := range []reflect.Type{reflect.TypeOf(Outer{}), reflect.TypeOf(Deep{}), reflect.TypeOf(Plain{})} {
		println(typ.String())
		for _, sf := range reflect.VisibleFields(typ) {
			print("  ", sf.Name, " ", sf.Type.String(), " ", sf.Anonymous, " [")
			for i, x := range sf.Index {
				if i > 0 {
					print(" ")
				}
				print(x)
			}
			println("]")
		}
	}
	try("VisibleFields(int)", func() { reflect.VisibleFields(reflect.TypeOf(1)) })
}
