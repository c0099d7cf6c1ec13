// targets: host wasi wasm cortex-m-qemu microbit arduino

// == of structs and arrays stops at the first difference, compares string lengths before
// string bodies, and panics on an uncomparable dynamic type only when it gets there.
package main

type S struct {
	a string
	n int
	b string
}

type W struct {
	s string
	i interface{}
	t string
}

var calls int

type K struct{ v int }

func main() {
	x := S{"hello", 1, "abc"}
	y := S{"hello", 2, "abc"}
	println(x == y, x != y)
	y.n = 1
	println(x == y)
	y.b = "abd"
	println(x == y)
	var ix, iy interface{} = x, y
	println(ix == iy)
	w1 := W{"a", 1, "b"}
	w2 := W{"a", 1, "b"}
	println(w1 == w2)
	w2.i = 2
	println(w1 == w2)
	a1 := [3]string{"x", "yy", "z"}
	a2 := [3]string{"x", "yy", "q"}
	println(a1 == a2, a1 == a1)
	defer func() { println("recovered:", recover().(error).Error()) }()
	w3 := W{"a", []int{}, "b"}
	w4 := W{"a", []int{}, "c"}
	println(w3 == w4)
}
