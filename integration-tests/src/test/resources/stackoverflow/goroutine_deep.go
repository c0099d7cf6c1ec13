// On the host a goroutine's stack is as deep as main's: 100,000 frames fit, among
// goroutines blocked on stacks of their own, and a recursion without end is still
// reported, not run into the neighbouring stacks.
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
	block := make(chan int)
	for i := 0; i < 100; i++ {
		go func() { <-block }()
	}
	done := make(chan int)
	go func() {
		println("deep", depth(100000))
		done <- depth(1 << 40)
	}()
	for i := 0; i < 100; i++ {
		go func() { <-block }()
	}
	println("deeper", <-done)
	println("not reached")
}
