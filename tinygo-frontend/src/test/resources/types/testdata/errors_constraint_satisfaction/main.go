package main

type C interface{ ~int | ~string }
type D interface {
	C
	m()
}

func a[T C](T)                         {}
func b[T ~int | ~string](T)            {}
func c[T interface{ ~int | string }](T) {}
func d[T D](T)                         {}
func e[T any, U C](T, U)               {}

type myInt int

func main() {
	a(1.5)
	b(1.5)
	c(1.5)
	d(1)
	d(myInt(1))
	a[float64](1)
	e[int, float64](1, 2)
	e(1, 2.5)
}
