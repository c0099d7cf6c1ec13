package main

type T[P any] struct{ next *T[T[P]] }

func main() { var t T[int]; _ = t }
