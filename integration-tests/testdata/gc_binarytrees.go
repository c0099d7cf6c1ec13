// Binary trees (the benchmarks game's program, small enough for the Uno's 2 KiB of
// RAM): many short-lived trees next to a long-lived one, which only a collector that
// frees the short-lived ones and keeps the long-lived one gets through.
package main

type node struct {
	left, right *node
}

func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 2
	const maxDepth = 5
	println("stretch tree of depth", maxDepth+1, "check:", bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth - 1)
	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+minDepth+2)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(d).check()
		}
		println(iterations, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth-1, "check:", long.check())
}
