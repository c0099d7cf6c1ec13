// Interface method calls: areas and perimeters of a mixed slice of shapes, summed
// through an interface 300 times; prints the sums.
package main

import "fmt"

type shape interface {
	area() float64
	perimeter() float64
}

type rect struct{ w, h float64 }
type square struct{ s float64 }
type tri struct{ a, b, c float64 }

func (r rect) area() float64        { return r.w * r.h }
func (r rect) perimeter() float64   { return 2 * (r.w + r.h) }
func (s square) area() float64      { return s.s * s.s }
func (s square) perimeter() float64 { return 4 * s.s }
func (t *tri) area() float64        { return t.a * t.b / 2 }
func (t *tri) perimeter() float64   { return t.a + t.b + t.c }

func main() {
	shapes := make([]shape, 0, 3000)
	for i := 0; i < 1000; i++ {
		f := float64(i%17) + 1
		shapes = append(shapes, rect{f, f + 1}, square{f}, &tri{f, f + 2, f + 3})
	}
	var a, p float64
	for r := 0; r < 300; r++ {
		for _, s := range shapes {
			a += s.area()
			p += s.perimeter()
		}
	}
	fmt.Println(a, p)
}
