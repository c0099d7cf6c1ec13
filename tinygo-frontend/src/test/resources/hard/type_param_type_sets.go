package main

type Num interface{ ~int | ~float64 }
type A[T Num] struct{ v T }
type B[T ~int] struct{ a A[T] }
type C[T int | string] struct{ a A[T] }
type D[T any] struct{ m map[T]int }
type E[T comparable] struct{ a A[T] }
type F[T Num] struct{ k K[T] }
type K[T comparable] struct{}
func f[T any]() { var a A[T]; _ = a }

func main() {}
