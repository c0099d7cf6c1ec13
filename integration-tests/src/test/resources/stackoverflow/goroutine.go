// A recursion too deep for a goroutine's stack, which is smaller than main's on the
// microcontrollers and comes from the heap: the overflow is reported, as in main,
// instead of overwriting the heap objects below the stack.
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
	done := make(chan int)
	go func() {
		println("shallow", depth(2))
		done <- depth(1 << 30)
	}()
	println("deep", <-done)
	println("not reached")
}
