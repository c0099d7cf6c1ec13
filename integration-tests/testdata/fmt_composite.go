// targets: host wasi wasm cortex-m-qemu microbit

// fmt on composite values: nested and embedded structs with %v %+v %#v, Stringer and
// error methods on fields and elements (not through unexported fields), pointers at
// the top level and inside, nil slices, interfaces and pointers, arrays, %T names,
// and errors made by Errorf with %w.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Inner struct {
	Name string
	c    Color
}

type Outer struct {
	Inner
	C     Color
	P     *Point
	Err   error
	Any   interface{}
	Tags  []string
	Arr   [2]bool
	bytes []byte
}

type List struct {
	V    int
	Next *List
}

func main() {
	o := Outer{Inner{"in", 1}, 2, &Point{1, 2}, errors.New("bad"), 3, []string{"a", "b"}, [2]bool{true, false}, []byte("hi")}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", Inner{"x", 2})
	fmt.Printf("%v %d %s\n", Color(0), Color(1), Color(2))
	fmt.Println(Point{3, 4}, &Point{5, 6}, []Color{0, 2}, []*Point{&Point{7, 8}})
	var ns []int
	var ip *int
	var ni interface{}
	fmt.Println(ns, ip, ni, []interface{}{nil, 1, "x"})
	fmt.Printf("%#v %#v %#v %#v\n", ns, []int{1}, "s", []interface{}{1, "a", nil})
	fmt.Printf("%d %s %v\n", []int{1, 2}, []string{"x", "y"}, [3]string{"p", "q"})
	fmt.Printf("%v %v %+v\n", struct{}{}, struct{ a, b int }{1, 2}, struct {
		A int
		B string
	}{1, "b"})
	fmt.Printf("%T %T %T %T\n", o, &o, Color(1), []interface{}{})
	fmt.Printf("%T %T %T %T\n", func(int) string { return "" }, errors.New("e"), nil, [2]*Point{})
	l := &List{1, &List{2, nil}}
	fmt.Printf("%v %+v\n", *l.Next, *l.Next)
	fmt.Printf("%v\n", [][]int{[]int{1}, []int{2, 3}, nil})
	e1 := errors.New("base")
	e2 := fmt.Errorf("mid: %w", e1)
	e3 := fmt.Errorf("top %d: %w", 3, e2)
	fmt.Println(e3, errors.Unwrap(e3) == e2, errors.Is(e3, e1), errors.Unwrap(e1) == nil)
	fmt.Println(fmt.Errorf("no wrap %w", "str"), fmt.Errorf("two %w %w", e1, e1))
	fmt.Printf("%s|%v|%q\n", e1, e2, e1)
	fmt.Printf("%x|%X|%s\n", Point{10, 11}, []Color{1}, &Point{1, 1})
}
