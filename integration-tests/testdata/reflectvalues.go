// targets: host wasi wasm cortex-m-qemu microbit
// Package reflect's values: getters and setters with Go's settability rules and
// panic messages, Elem/Index/Field, maps, slices, New/Zero/Indirect, Convert,
// IsNil/IsZero, Interface, DeepEqual and Swapper.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
)

type T struct {
	A int
	B string
	c float64
	P *T
	M map[string]int
	I any
}

type Stringy string

func (s Stringy) String() string { return "Stringy(" + string(s) + ")" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				fmt.Println(name, "panics (error):", e.Error())
			} else {
				fmt.Println(name, "panics:", r)
			}
		}
	}()
	f()
}

func main() {
	x := 7
	v := reflect.ValueOf(x)
	fmt.Println(v.Kind(), v.Int(), v.CanSet(), v.CanAddr(), v.Type())
	try("SetInt on copy", func() { v.SetInt(1) })
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on zero", func() { reflect.Value{}.Uint() })
	try("Elem on int", func() { v.Elem() })
	try("IsNil on int", func() { v.IsNil() })
	try("Type of zero", func() { reflect.Value{}.Type() })

	p := reflect.ValueOf(&x).Elem()
	p.SetInt(99)
	fmt.Println(x, p.CanSet(), p.CanAddr(), p.Addr().Interface() == &x)

	t := T{A: 1, B: "b", c: 2.5, M: map[string]int{"k": 1}}
	tv := reflect.ValueOf(&t).Elem()
	tv.Field(0).SetInt(10)
	tv.FieldByName("B").SetString("bee")
	fmt.Println(t.A, t.B, tv.Field(2).Float(), tv.Field(2).CanSet(), tv.Field(2).CanInterface())
	try("set unexported", func() { tv.Field(2).SetFloat(1) })
	try("Interface unexported", func() { tv.Field(2).Interface() })
	try("SetString wrong kind", func() { tv.Field(0).SetString("x") })
	try("Set not assignable", func() { tv.Field(0).Set(reflect.ValueOf("x")) })
	tv.Field(3).Set(reflect.ValueOf(&T{A: 5}))
	fmt.Println(t.P.A, tv.Field(3).Elem().Field(0).Int(), tv.Field(3).IsNil(), tv.Field(3).Elem().Field(3).IsNil())
	tv.Field(5).Set(reflect.ValueOf(Stringy("x")))
	fmt.Println(t.I, tv.Field(5).Kind(), tv.Field(5).Elem().Kind(), tv.Field(5).Elem().Type())
	fmt.Println(tv.NumField(), tv.Field(4).Len(), tv.Kind(), tv.Type().Name())
	var u uint16
	reflect.ValueOf(&u).Elem().SetUint(65535)
	var f32 float32
	reflect.ValueOf(&f32).Elem().SetFloat(1.25)
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	var cx complex128
	reflect.ValueOf(&cx).Elem().SetComplex(complex(1, -1))
	fmt.Println(u, f32, b, cx, reflect.ValueOf(f32).Float(), reflect.ValueOf(cx).Complex())
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(uint8(0)).OverflowUint(255), reflect.ValueOf(float32(0)).OverflowFloat(1e300))

	// slices and arrays
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(s)
	sv.Index(1).SetInt(20)
	fmt.Println(s, sv.Len(), sv.Cap(), sv.Index(2).CanSet())
	try("index out of range", func() { sv.Index(5) })
	arr := [3]string{"a", "b", "c"}
	try("array elem unaddressable", func() { reflect.ValueOf(arr).Index(0).SetString("z") })
	reflect.ValueOf(&arr).Elem().Index(0).SetString("z")
	fmt.Println(arr, reflect.ValueOf(arr).Len(), reflect.ValueOf("héllo").Len(), reflect.ValueOf("hi").Index(1).Uint())
	s2 := reflect.Append(sv, reflect.ValueOf(4), reflect.ValueOf(5))
	s3 := reflect.AppendSlice(s2, reflect.ValueOf([]int{6}))
	fmt.Println(s2.Len(), s3.Interface(), s, s3.Slice(1, 3).Interface())
	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(0).SetString("first")
	fmt.Println(ms.Len(), ms.Cap(), ms.Interface().([]string)[0], len(ms.Interface().([]string)[1]))
	bs := []byte("abc")
	fmt.Println(string(reflect.ValueOf(bs).Bytes()))
	fmt.Println(reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf([]byte("xy"))), string(bs))
	sw := []string{"a", "b", "c"}
	reflect.Swapper(sw)(0, 2)
	fmt.Println(sw)
	try("Swapper non-slice", func() { reflect.Swapper(3) })

	// maps
	m := map[string]int{"one": 1, "two": 2}
	mv := reflect.ValueOf(m)
	mv.SetMapIndex(reflect.ValueOf("three"), reflect.ValueOf(3))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	var keys []string
	for _, k := range mv.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys, len(m), m["three"], mv.MapIndex(reflect.ValueOf("two")), mv.MapIndex(reflect.ValueOf("none")).IsValid())
	sum := 0
	it := mv.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println("range sum", sum)
	nm := reflect.MakeMap(reflect.TypeOf(map[[2]int]float64{}))
	nm.SetMapIndex(reflect.ValueOf([2]int{1, 2}), reflect.ValueOf(0.5))
	nmm := nm.Interface().(map[[2]int]float64)
	nmm[[2]int{3, 4}] = 1.5
	fmt.Println(len(nmm), nmm[[2]int{1, 2}], nm.MapIndex(reflect.ValueOf([2]int{3, 4})).Float())
	type key struct {
		S string
		F float64
	}
	im := reflect.MakeMapWithSize(reflect.TypeOf(map[key]string{}), 4)
	im.SetMapIndex(reflect.ValueOf(key{"a", 0}), reflect.ValueOf("zero"))
	im.SetMapIndex(reflect.ValueOf(key{"b", 1}), reflect.ValueOf("one"))
	imm := im.Interface().(map[key]string)
	imm[key{"c", 2}] = "two"
	fmt.Println(len(imm), imm[key{"a", 0}], imm[key{"b", 1}], im.MapIndex(reflect.ValueOf(key{"c", 2})).String())
	try("nil map", func() {
		var nilm map[string]int
		reflect.ValueOf(nilm).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})

	// New, Zero, Indirect, Convert
	np := reflect.New(reflect.TypeOf(T{}))
	np.Elem().Field(1).SetString("new")
	fmt.Println(np.Type(), np.Elem().Field(1), np.Interface().(*T).B)
	z := reflect.Zero(reflect.TypeOf(3.5))
	fmt.Println(z.Float(), z.CanSet(), reflect.Zero(reflect.TypeOf(&x)).IsNil(), reflect.Indirect(reflect.ValueOf(&x)).Int(), reflect.Indirect(v).Int())
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf(3.9).Convert(reflect.TypeOf(int8(0))).Int(),
		reflect.ValueOf(int8(-1)).Convert(reflect.TypeOf(uint16(0))).Uint(),
		reflect.ValueOf("hey").Convert(reflect.TypeOf([]byte{})).Bytes(),
		reflect.ValueOf([]rune{'o', 'k'}).Convert(reflect.TypeOf("")).String(),
		reflect.ValueOf(Stringy("s")).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf("s").Convert(reflect.TypeOf(Stringy(""))).Interface(),
		reflect.ValueOf(uint(7)).Convert(reflect.TypeOf(float32(0))).Float())
	try("bad convert", func() { reflect.ValueOf(true).Convert(reflect.TypeOf(1)) })

	// IsNil, IsZero, Interface
	var nilp *T
	var nilerr error
	fmt.Println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf([]int(nil)).IsNil(), reflect.ValueOf(&nilerr).Elem().IsNil(),
		reflect.ValueOf(main).IsNil(), reflect.ValueOf(T{}).IsZero(), reflect.ValueOf(t).IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero(), reflect.ValueOf(0.0).IsZero())
	fmt.Println(reflect.ValueOf(nilerr).IsValid(), reflect.ValueOf(x).Interface().(int), reflect.ValueOf(Stringy("q")).Interface())
	fmt.Println(reflect.ValueOf(3).String(), reflect.Value{}.String(), reflect.ValueOf(t).NumMethod(), reflect.ValueOf(Stringy("")).NumMethod())
	cp := reflect.ValueOf(&x).Elem().Interface()
	x = 1
	fmt.Println("copied:", cp, x)

	// DeepEqual
	a1 := &T{A: 1, M: map[string]int{"a": 1}, I: []int{1}}
	a2 := &T{A: 1, M: map[string]int{"a": 1}, I: []int{1}}
	a1.P, a2.P = a1, a2
	fmt.Println(reflect.DeepEqual(a1, a2), reflect.DeepEqual(a1, &T{}), reflect.DeepEqual([]int(nil), []int{}),
		reflect.DeepEqual(map[int][]string{1: []string{"x"}}, map[int][]string{1: []string{"x"}}), reflect.DeepEqual(1, int64(1)),
		reflect.DeepEqual(nil, nil), reflect.DeepEqual(errors.New("e"), errors.New("e")), reflect.DeepEqual([2]any{1, "a"}, [2]any{1, "a"}))

	fmt.Println(reflect.ValueOf(x).CanInt(), reflect.ValueOf(x).CanUint(), reflect.ValueOf(1.0).CanFloat(), reflect.ValueOf(1i).CanComplex())
}
