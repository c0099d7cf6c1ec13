// A recursion too deep for the main goroutine's stack: Go reports the overflow
// ("runtime: goroutine stack exceeds ...", "fatal error: stack overflow") and exits
// with 2, on every target, instead of running over the memory below the stack.
package main

var sink [8]int32

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var a [8]int32
	a[n%8] = int32(n)
	sink = a
	return depth(n-1) + int(a[0]) + 1
}

func main() {
	println("shallow", depth(3))
	println("deep", depth(1<<30))
	println("not reached")
}
