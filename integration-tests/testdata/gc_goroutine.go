// targets: host wasi wasm cortex-m-qemu microbit arduino
// Pointers held only on another goroutine's stack survive collections that run while
// that goroutine is blocked, and while main's own stack holds other live data.
package main

import "runtime"

type cell struct {
	next *cell
	v    int
}

func list(n int) *cell {
	var head *cell
	for i := n; i > 0; i-- {
		head = &cell{head, i}
	}
	return head
}

func sum(c *cell) int {
	s := 0
	for ; c != nil; c = c.next {
		s += c.v
	}
	return s
}

func worker(start, done chan int) {
	l := list(10) // only on this goroutine's stack
	for round := range start {
		println("worker round", round, "sum", sum(l))
		l = list(10 + round)
		done <- sum(l)
	}
	close(done)
}

func garbage() {
	for i := 0; i < 200; i++ {
		_ = list(5)
	}
}

func main() {
	start := make(chan int)
	done := make(chan int)
	go worker(start, done)
	mine := list(6)
	for round := 1; round <= 4; round++ {
		garbage()
		runtime.GC()
		start <- round
		println("main got", <-done, "own", sum(mine))
	}
	close(start)
	<-done
	println("end")
}
