// targets: host wasi wasm cortex-m-qemu microbit arduino

// Goroutines that sleep 150, 50 and 100 ms (main is the first) wake in the order of
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
	go sleeper(50, done)
	go sleeper(100, done)
	time.Sleep(150 * time.Millisecond)
	println("woke after", 150, "ms")
	println("sum", 150+<-done+<-done)
	time.Sleep(0)
	time.Sleep(-1)
	println("done")
}
