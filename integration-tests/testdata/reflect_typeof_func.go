// targets: host wasi wasm cortex-m-qemu microbit

package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type Point struct{ X, Y int }

type Adder func(int, int) int

type Named struct{ N int }

func (Named) M() int { return 1 }

func add(a, b int) int { return a + b }

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func main() {
	intT := reflect.TypeOf(0)
	strT := reflect.TypeOf("")

	// FuncOf: identity, String, calls
	ft := reflect.FuncOf([]reflect.Type{intT, intT}, []reflect.Type{intT}, false)
	fmt.Println(ft, ft == reflect.TypeOf(add), ft.NumIn(), ft.NumOut(), ft.IsVariadic())
	jt := reflect.FuncOf([]reflect.Type{strT, reflect.SliceOf(strT)}, []reflect.Type{strT}, true)
	fmt.Println(jt, jt == reflect.TypeOf(join), jt.IsVariadic(), jt.In(1))
	fmt.Println(reflect.FuncOf(nil, nil, false), reflect.FuncOf(nil, []reflect.Type{intT, strT}, false))
	fmt.Println(reflect.FuncOf([]reflect.Type{reflect.TypeOf(Point{})}, nil, false) == reflect.FuncOf([]reflect.Type{reflect.TypeOf(Point{})}, nil, false))
	f := reflect.ValueOf(add).Convert(ft)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	double := reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(args[0].Int()*2 + args[1].Int()))}
	})
	fmt.Println(double.Interface().(func(int, int) int)(10, 1))
	fmt.Println(reflect.ValueOf(Adder(add)).Type().ConvertibleTo(ft), ft.AssignableTo(reflect.TypeOf(Adder(nil))))
	fmt.Println(reflect.Zero(ft).IsNil(), ft.Comparable(), ft.Kind())
	try("variadic", func() { reflect.FuncOf([]reflect.Type{intT}, nil, true) })
	try("variadic none", func() { reflect.FuncOf(nil, nil, true) })
	many := make([]reflect.Type, 129)
	for i := range many {
		many[i] = intT
	}
	try("too many", func() { reflect.FuncOf(many, nil, false) })
	try("more than 50", func() { reflect.FuncOf(many[:51], nil, false) })

	// StructOf: identity, String, layout, values
	st := reflect.StructOf([]reflect.StructField{{Name: "X", Type: intT}, {Name: "Y", Type: intT}})
	fmt.Println(st, st == reflect.TypeOf(struct{ X, Y int }{}), st.NumField(), st.Size() == reflect.TypeOf(Point{}).Size())
	tagged := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(int8(0))},
		{Name: "B", Type: intT, Tag: `json:"b,omitempty"`},
		{Name: "C", Type: reflect.TypeOf(int8(0))},
		{Name: "d", Type: strT, PkgPath: "main"},
	})
	fmt.Println(tagged)
	fmt.Println(tagged.Size() == 3*intT.Size()+strT.Size(), tagged.Field(1).Offset == intT.Size(), tagged.Field(1).Tag.Get("json"))
	fmt.Println(tagged.Field(3).PkgPath, tagged.Field(3).IsExported(), tagged.Comparable(), tagged.Align() == intT.Align())
	z := reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT}, {Name: "Z", Type: reflect.TypeOf(struct{}{})}})
	fmt.Println(z.Size() == 2*intT.Size(), reflect.StructOf(nil), reflect.StructOf(nil).Size())
	emb := reflect.StructOf([]reflect.StructField{{Name: "Point", Type: reflect.TypeOf(Point{}), Anonymous: true}, {Name: "N", Type: strT}})
	fmt.Println(emb.Field(0).Anonymous, emb.NumField())
	v := reflect.New(tagged).Elem()
	v.Field(1).SetInt(42)
	v.Field(0).SetInt(-1)
	fmt.Printf("%v %+v\n", v.Interface(), v.Interface())
	fmt.Println(v.Field(3).CanSet(), v.Field(1).CanSet())
	e := reflect.New(emb).Elem()
	e.Field(0).Set(reflect.ValueOf(Point{1, 2}))
	e.Field(1).SetString("n")
	fmt.Printf("%+v %v\n", e.Interface(), e.FieldByName("Y"))
	pv := reflect.New(st).Elem()
	pv.Field(0).SetInt(5)
	fmt.Println(pv.Interface().(struct{ X, Y int }).X, pv.Convert(reflect.TypeOf(Point{})).Interface().(Point))
	m := reflect.MakeMap(reflect.MapOf(emb, intT))
	m.SetMapIndex(e, reflect.ValueOf(1))
	e2 := reflect.New(emb).Elem()
	e2.Field(0).Set(reflect.ValueOf(Point{1, 2}))
	e2.Field(1).SetString("n")
	fmt.Println(m.MapIndex(e2), reflect.DeepEqual(e.Interface(), e2.Interface()))
	try("no name", func() { reflect.StructOf([]reflect.StructField{{Type: intT}}) })
	try("bad name", func() { reflect.StructOf([]reflect.StructField{{Name: "1x", Type: intT}}) })
	try("no type", func() { reflect.StructOf([]reflect.StructField{{Name: "A"}}) })
	try("unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "a", Type: intT}}) })
	try("embedded with methods, second", func() {
		reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT}, {Name: "Named", Type: reflect.TypeOf(Named{}), Anonymous: true}})
	})
	try("duplicate", func() { reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT}, {Name: "A", Type: strT}}) })
}
