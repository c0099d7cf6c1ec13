// targets: host
// A goroutine recursing 100,000 frames deep, as main can: goroutine stacks on the host
// are as large as main's. Each frame holds the only pointer to a heap object (sink
// makes them escape); a collection in the deepest frame must find every one of them
// on the deep stack, or the allocations after it would reuse their memory.
package main

import "runtime"

type node struct {
	depth int
	label [4]int
}

var sink *node

func down(n int, collect bool) int {
	p := &node{depth: n}
	p.label[n%4] = n
	if n%50000 == 1 {
		sink = p
	}
	if n == 0 {
		if collect {
			runtime.GC()
			for i := 0; i < 200000; i++ {
				sink = &node{depth: -1, label: [4]int{-1, -1, -1, -1}}
			}
		}
		return 0
	}
	r := down(n-1, collect)
	return r + p.depth%10 + p.label[n%4]%3
}

func main() {
	println("main", down(100000, false))
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) {
			done <- down(100000+g, g%2 == 0)
		}(g)
	}
	sum := 0
	for g := 0; g < 4; g++ {
		sum += <-done
	}
	println("goroutines", sum)
}
