// Binary trees: allocate and walk many short-lived complete trees next to one
// long-lived tree; prints the node counts.
package main

import "fmt"

type node struct{ left, right *node }

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{build(d - 1), build(d - 1)}
}

func (t *node) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

const maxDepth = 14

func main() {
	fmt.Println("stretch", build(maxDepth+1).count())
	long := build(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		sum := 0
		for i := 0; i < iters; i++ {
			sum += build(d).count()
		}
		fmt.Println(iters, d, sum)
	}
	fmt.Println("long lived", long.count())
}
