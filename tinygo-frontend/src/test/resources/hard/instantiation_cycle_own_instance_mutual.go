package main

type A[P any] struct{ b *B[A[P]] }
type B[Q any] struct{ a *A[Q] }

func main() { var a A[int]; _ = a }
