// Pointers held only in a function's locals (registers, or wasm locals outside linear
// memory) survive collections and the allocations that reuse freed memory after them.
package main

import "runtime"

type node struct {
	left, right *node
	val         int
}

//go:noinline
func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val}
	}
	return &node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func check(n *node) int {
	if n == nil {
		return 0
	}
	return n.val + check(n.left) + check(n.right)
}

//go:noinline
func churn(rounds int) int {
	s := 0
	for i := 0; i < rounds; i++ {
		t := build(2, i)
		s += t.val
		b := make([]byte, 40)
		b[0] = byte(i)
		s += int(b[0])
	}
	return s
}

//go:noinline
func keep(a, b *node, s []int, m map[int]string) int {
	runtime.GC()
	x := churn(50)
	runtime.GC()
	y := churn(50)
	return check(a) + check(b) + len(s) + s[len(s)-1] + len(m[7]) + x - y
}

// st is a global: in main, the Uno's heap would hold its 210 bytes, a run of 53 free
// blocks, which a few false roots (return addresses on the stack that look like heap
// addresses) break up in some code layouts: a line printed before ReadMemStats, or
// string constants moved to flash, and the program ran out of memory there.
var st runtime.MemStats

func main() {
	for round := 0; round < 5; round++ {
		a := build(3, round)
		b := build(1, 100+round)
		s := make([]int, 10+round)
		for i := range s {
			s[i] = i * round
		}
		m := map[int]string{7: "seven", 8: "eight"}
		println("round", round, keep(a, b, s, m), check(a), check(b), s[3], m[8])
	}
	runtime.ReadMemStats(&st)
	println("collected", st.NumGC >= 10)
}
