package main

// A method call through an interface, a type assertion and a type switch.
type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func total(shapes []Shape) int {
	sum := 0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func describe(x interface{}) int {
	switch v := x.(type) {
	case Square:
		return v.side
	case *Rect:
		return v.w
	case int:
		return v
	}
	return -1
}

func main() {
	shapes := []Shape{Square{2}, &Rect{2, 3}}
	_, isSquare := shapes[0].(Square)
	println(total(shapes), describe(shapes[1]), describe(4), isSquare)
}
