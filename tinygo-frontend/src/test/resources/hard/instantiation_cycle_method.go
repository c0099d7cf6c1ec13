package main

type T[P any] struct{}

func (T[P]) m() { T[*P]{}.m() }

func main() { T[int]{}.m() }
