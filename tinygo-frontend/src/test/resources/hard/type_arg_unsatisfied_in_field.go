package main
type Exp[T complex64] struct{ v T }
type Eq[T any] struct{ a Exp[T] }
func main() { var e Eq[int]; _ = e }
