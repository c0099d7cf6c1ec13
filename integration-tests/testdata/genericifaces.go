package main

type Getter interface{ Get() int }
type A struct{ v int }

func (a A) Get() int { return a.v }

type B struct{ A }

func call[T Getter](t T) int {
	f := t.Get
	g := T.Get
	var i Getter = t
	return f() + g(t) + i.Get()
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type IntGetter interface{ Get() int }

func main() {
	println(call(A{1}), call(&A{2}), call(B{A{3}}))
	var ig IntGetter = Box[int]{7}
	println(ig.Get())
	var x interface{} = Box[string]{"s"}
	if b, ok := x.(Box[string]); ok {
		println(b.Get())
	}
}
