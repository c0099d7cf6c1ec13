// targets: host wasi wasm cortex-m-qemu
// Package reflect's types: kinds, names, fields with tags, embedding and offsets,
// methods, function signatures, interface satisfaction, assignability and
// conversions, read from the compiler's type descriptors. Not on the micro:bit, whose
// 2 KiB main stack its fmt and reflect frames overflow (reported by the stack checks).
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Named struct{ N string }

func (n Named) Hello() string { return "hello " + n.N }

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	Named
	W, H   int    `json:"w" xml:"width"`
	hidden bool   `tag:"esc\"aped"`
	Next   *Rect  `json:"next,omitempty"`
	Extra  []byte `json:"-"`
}

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Scale(k int)  { r.W *= k; r.H *= k }
func (r Rect) private() bool { return r.hidden }
func describe(t reflect.Type) {
	fmt.Printf("%-22s kind=%-10s name=%q pkg=%q\n", t.String(), t.Kind(), t.Name(), t.PkgPath())
}

type Op func(a, b int, rest ...string) (int, error)

func main() {
	var c Celsius = 21.5
	var sh Shape = Rect{W: 2, H: 3}
	values := []any{
		true, 1, int8(2), int16(3), int32(4), int64(5), uint(6), uint8(7), uint16(8), uint32(9),
		uint64(10), uintptr(11), float32(1.5), 2.5, complex64(1), complex(1, 2), [3]int{},
		make(chan int), Op(nil), &sh, map[string]int{}, &c, []string{}, "s", Rect{}, c,
		Named{}, struct{ A int }{}, [][]*Rect{},
	}
	for _, x := range values {
		describe(reflect.TypeOf(x))
	}
	fmt.Println(reflect.TypeOf(nil) == nil, reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int8(1)))

	rt := reflect.TypeOf(Rect{})
	fmt.Println("fields", rt.NumField(), "size", rt.Size() > 0, "comparable", rt.Comparable())
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Printf("  %d %s %s pkg=%q anon=%v exported=%v index=%v json=%q xml=%q\n", i, f.Name, f.Type, f.PkgPath, f.Anonymous, f.IsExported(), f.Index, f.Tag.Get("json"), f.Tag.Get("xml"))
	}
	v, ok := rt.Field(3).Tag.Lookup("tag")
	fmt.Println("escaped tag:", v, ok)
	_, ok = rt.Field(1).Tag.Lookup("yaml")
	fmt.Println("missing tag:", ok)
	fmt.Println("offsets ordered:", rt.Field(1).Offset < rt.Field(2).Offset, rt.Field(0).Offset)
	if f, ok := rt.FieldByName("N"); ok {
		fmt.Println("promoted N:", f.Name, f.Index, f.Type)
	}
	_, ok = rt.FieldByName("Missing")
	fmt.Println("Missing:", ok)
	fmt.Println("FieldByIndex:", rt.FieldByIndex([]int{0, 0}).Name)

	fmt.Println("methods of Rect:", rt.NumMethod())
	for i := 0; i < rt.NumMethod(); i++ {
		m := rt.Method(i)
		fmt.Println("  ", m.Index, m.Name, m.Type)
	}
	pt := reflect.TypeOf(&Rect{})
	fmt.Println("methods of *Rect:", pt.NumMethod(), pt.Elem() == rt, reflect.PtrTo(rt) == pt)
	if m, ok := pt.MethodByName("Scale"); ok {
		fmt.Println("  Scale:", m.Type, m.Type.NumIn(), m.Type.In(1))
	}
	_, ok = rt.MethodByName("Scale")
	fmt.Println("  Rect has Scale:", ok)

	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	stringerT := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println("interface:", shapeT, shapeT.Kind(), shapeT.NumMethod(), shapeT.Method(0).Name, shapeT.Method(1).Type)
	fmt.Println("implements:", rt.Implements(shapeT), pt.Implements(shapeT), rt.Implements(stringerT),
		reflect.TypeOf(Named{}).Implements(shapeT), errT.Implements(errT), reflect.TypeOf(1).Implements(stringerT))
	fmt.Println("assignable:", rt.AssignableTo(shapeT), reflect.TypeOf(c).AssignableTo(reflect.TypeOf(1.0)),
		reflect.TypeOf(1).AssignableTo(reflect.TypeOf(1)), reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf([]int{})))
	fmt.Println("convertible:", reflect.TypeOf(c).ConvertibleTo(reflect.TypeOf(1.0)), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(true).ConvertibleTo(reflect.TypeOf(1)),
		reflect.TypeOf(Rect{}).ConvertibleTo(shapeT))
	fmt.Println("comparable:", reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(map[int]int{}).Comparable(),
		reflect.TypeOf([2]string{}).Comparable(), reflect.TypeOf(struct{ F func() }{}).Comparable())

	ft := reflect.TypeOf(Op(nil))
	fmt.Println("func:", ft, ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0), ft.In(2), ft.Out(1))
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println("map:", mt.Key(), mt.Elem(), mt.Elem().Elem())
	at := reflect.TypeOf([4]uint16{})
	fmt.Println("array:", at.Len(), at.Elem(), at.Size(), at.Elem().Bits())
	cht := reflect.TypeOf(make(<-chan string))
	fmt.Println("chan:", cht.ChanDir(), cht.Elem(), reflect.TypeOf(make(chan int)).ChanDir())
	fmt.Println("kinds:", reflect.Int.String(), reflect.Pointer, reflect.UnsafePointer, reflect.Kind(100))

	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.TypeOf(1).Elem()
}
