package main

type T[P any] struct{ v P }

func (t T[P]) m() { T[T[P]]{}.m() }

func main() { T[int]{}.m() }
