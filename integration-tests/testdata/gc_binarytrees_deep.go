// targets: host
// Binary trees at depth 16 (the benchmarks game's program; bench/gc times it).
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
	const minDepth = 4
	const maxDepth = 16
	println("stretch tree of depth", maxDepth+1, "check:", bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(d).check()
		}
		println(iterations, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", long.check())
}
