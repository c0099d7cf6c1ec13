// A load through a nil pointer panics with Go's message on every target (address 0
// is readable memory on microcontrollers and WebAssembly).
package main

type node struct {
	val  int
	next *node
}

func sum(n *node) int {
	defer println("sum deferred")
	s := 0
	for i := 0; i < 3; i++ {
		s += n.val
		n = n.next
	}
	return s
}

func main() {
	list := &node{1, &node{2, &node{3, nil}}}
	println(sum(list))
	println(sum(list.next))
}
