package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Name() string { return "rect" }

type Square struct{ s int }

func (q *Square) Area() int    { return q.s * q.s }
func (q *Square) Name() string { return "square" }

type Named interface{ Name() string }

type Base struct{ id int }

func (b Base) ID() int      { return b.id }
func (b *Base) SetID(i int) { b.id = i }

type Derived struct {
	Base
	label string
}

type IDer interface {
	ID() int
	SetID(int)
}

type Wrapper struct{ Named }

type MyInt int

func (m MyInt) Name() string { return "myint" }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string, bool:
		return "string or bool"
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	println(total(shapes))
	for _, s := range shapes {
		println(s.Name(), s.Area())
	}
	var n Named = shapes[0]
	println(n.Name())
	n = MyInt(3)
	println(n.Name())
	if _, ok := n.(Shape); !ok {
		println("MyInt is not a Shape")
	}
	if m, ok := n.(MyInt); ok {
		println("MyInt", int(m))
	}
	d := &Derived{Base{7}, "d"}
	var i IDer = d
	println(i.ID())
	i.SetID(9)
	println(i.ID(), d.id)
	w := Wrapper{Rect{1, 1}}
	println(w.Name())
	var n2 Named = w
	println(n2.Name())
	println(describe(nil), describe(3), describe(42), describe("s"), describe(true))
	println(describe(Rect{1, 2}), describe(1.5))
	var a, b interface{} = 1, 1
	println(a == b, a != b, a == 2, a == "x")
	a = "hello"
	b = "hel" + "lo"
	println(a == b)
	var e interface{}
	println(e == nil, a == nil)
	r1, r2 := Rect{1, 2}, Rect{1, 2}
	println(r1 == r2, Shape(r1) == Shape(r2), Shape(r1) == Shape(&Square{1}))
	var s Shape
	println(s == nil)
	x := interface{}(5)
	v := x.(int)
	println(v + 1)
	_, isStr := x.(string)
	println(isStr)
}
