// targets: host wasi wasm

// == on arrays longer than 64 elements (a loop, not unrolled compares), directly, in
// structs, and through interfaces, which fmt programs meet often: every type whose
// value fmt may print is in the interface tables, and errors.Is compares interfaces.
// Not on the chips: main's two 1,120-byte arrays and the copies == makes of them
// overflow their 2-4 KiB main stacks (as the stack checks report).
package main

import (
	"errors"
	"fmt"
)

type Big struct {
	Buf [100]byte
	N   int
}

type Grid [70][2]string

func main() {
	var b Big
	b.N = 3
	e := errors.New("x")
	fmt.Println(b.N, errors.Is(e, e))
	var x interface{} = b
	c := b
	c.Buf[99] = 1
	var y interface{} = c
	fmt.Println(x == x, x == y, b == c, b.Buf == c.Buf)
	c.Buf[99] = 0
	fmt.Println(x == interface{}(c), b == c)
	var g, h Grid
	h[69][1] = "z"
	fmt.Println(g == h, interface{}(g) == interface{}(g))
}
