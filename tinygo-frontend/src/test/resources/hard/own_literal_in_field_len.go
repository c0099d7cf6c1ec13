package main

type T struct {
	a [len(T{}.b)]int
	b []int
}

func main() {}
