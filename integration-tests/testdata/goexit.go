// runtime.Goexit runs the deferred calls of its goroutine and ends it; os.Exit runs
// none.
// targets: host wasi wasm cortex-m-qemu microbit
package main

import (
	"os"
	"runtime"
)

func worker(done chan bool) {
	defer func() { done <- true }()
	defer println("worker deferred, recover is", recover() == nil)
	step()
	println("not reached")
}

func step() {
	defer println("step deferred")
	runtime.Goexit()
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	println("worker ended")
	defer println("not printed: os.Exit runs no deferred calls")
	os.Exit(3)
}
