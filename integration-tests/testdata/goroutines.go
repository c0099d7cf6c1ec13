// targets: host wasi wasm cortex-m-qemu microbit hifive1b
// (not arduino: goroutine stacks and a heap that never frees do not fit in its 2 KiB)

// Goroutines: go statements with plain functions, closures, method calls and
// builtins, arguments evaluated at the go statement, Gosched, and the end of the
// program when main returns while other goroutines still wait. The order of output
// is fixed by channels alone, so it is the same under Go's own scheduler. At most a
// few goroutines live at once: the micro:bit has 16 KiB of RAM.
package main

import (
	"runtime"
	"sync"
)

// acc's mutex keeps the three goroutines that add at once from racing under gc,
// whose goroutines run in parallel.
type acc struct {
	mu    sync.Mutex
	total int
}

func (a *acc) add(n int, done chan bool) {
	a.mu.Lock()
	a.total += n
	a.mu.Unlock()
	done <- true
}

func square(n int, out chan int) {
	out <- n * n
}

func chain(depth int, out chan int) {
	if depth == 0 {
		out <- 0
		return
	}
	inner := make(chan int)
	go chain(depth-1, inner)
	out <- <-inner + depth
}

func recurse(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return recurse(n-1) + pad[n%16]
}

func main() {
	out := make(chan int)
	for i := 1; i <= 4; i++ {
		go square(i, out)
		println("square", <-out)
	}

	done := make(chan bool)
	a := &acc{}
	for i := 1; i <= 3; i++ {
		go a.add(i, done)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	// Finished goroutines leave their stacks to new ones: many in turn fit in memory.
	for i := 4; i <= 100; i++ {
		go a.add(i, done)
		<-done
	}
	println("total", a.total)

	x := 1
	go func() {
		x *= 7
		done <- true
	}()
	<-done
	println("closure", x)

	// Arguments are evaluated at the go statement, not when the goroutine runs.
	v := 5
	go func(n int) {
		println("argument", n)
		done <- true
	}(v)
	v = 6
	<-done
	println("v", v)

	// A function value chosen at run time.
	f := square
	go f(9, out)
	println("value", <-out)

	go chain(3, out)
	println("chain", <-out)

	// Goroutine stacks hold real frames.
	go func() {
		out <- recurse(100)
	}()
	println("recursion", <-out)

	// Gosched lets a runnable goroutine run; with none it returns at once.
	runtime.Gosched()
	ping, pong := make(chan int), make(chan int)
	go func() {
		for n := range ping {
			pong <- n + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 5; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	_, ok := <-pong
	println("ping-pong", n, ok)

	// Goroutines still blocked when main returns do not keep the program alive.
	block := make(chan int)
	go func() {
		<-block
		println("never")
	}()
	println("main returns")
}
