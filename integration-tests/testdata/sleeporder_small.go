// targets: host wasi wasm cortex-m-qemu microbit arduino

// Goroutines sleeping 150 (main), 50 and 100 ms wake in the order of their deadlines:
// sleeporder.go with no channel, small enough for the Uno's heap (two goroutine stacks).
package main

import "time"

func sleeper(ms int) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	println("woke after", ms, "ms")
}

func main() {
	go sleeper(100)
	go sleeper(50)
	time.Sleep(150 * time.Millisecond)
	println("woke after", 150, "ms")
}
