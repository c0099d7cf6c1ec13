package main

import "runtime"

// A select that keeps waiting on a channel that is never ready must not leave a
// waiter behind on that channel each time: 3,000 selects would fill a small chip's
// heap, and on every target the heap must not grow with their number.
// The Uno is left out: its heap (some 700 bytes) holds the sender's 256-byte stack
// and little else, and whether this program fits moves with its code.
// targets: host wasi wasm cortex-m-qemu microbit

func sender(c chan int, done chan bool, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(done)
}

func receive(c, never chan int, n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-c:
			sum += v
		case <-never:
			panic("never")
		}
	}
	return sum
}

// round runs n selects against a sender goroutine and waits until it has ended.
func round(c, never chan int, n int) {
	done := make(chan bool)
	go sender(c, done, n)
	println(receive(c, never, n))
	<-done
}

func main() {
	c := make(chan int)
	never := make(chan int)
	round(c, never, 100)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.HeapAlloc
	round(c, never, 3000)
	runtime.GC()
	runtime.ReadMemStats(&m)
	// A waiter left per select would grow it by 3,000 waiters (48 KB or more); gc's own
	// heap moves by up to about 1 KB from run to run here, so the bound is 8 KB.
	println("heap grew by less than 8 KB:", m.HeapAlloc < before+8192)
}
