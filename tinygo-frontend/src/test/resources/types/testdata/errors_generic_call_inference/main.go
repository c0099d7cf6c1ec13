package main

type C interface{ ~int | ~string }

type G[T C, U any] struct{}

var g G[float64, int]

func h[T int](T) {}

type E interface {
	m()
	C
}

func k[T E](T) {}

func main() {
	h(1.5)
	k(2.5)
	h[float64](1)
}
