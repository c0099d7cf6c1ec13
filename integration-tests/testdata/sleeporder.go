// targets: host cortex-m-qemu microbit arduino

// Goroutines that sleep 30, 10 and 20 ms (main is the first) wake in the order of
// their deadlines, and a program whose goroutines all sleep is not deadlocked.
package main

import "time"

func sleeper(ms int, done chan int) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	println("woke after", ms, "ms")
	done <- ms
}

func main() {
	done := make(chan int, 2)
	go sleeper(10, done)
	go sleeper(20, done)
	time.Sleep(30 * time.Millisecond)
	println("woke after", 30, "ms")
	println("sum", 30+<-done+<-done)
	time.Sleep(0)
	time.Sleep(-1)
	println("done")
}
