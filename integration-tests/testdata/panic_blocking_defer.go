// targets: host wasi wasm cortex-m-qemu microbit

// Deferred calls that block while a run-time error panics (on WebAssembly the
// run-time error helpers are plain functions, and the goroutine waits in place): on
// a channel fed by another goroutine, in two goroutines at once, and one that never
// returns while main ends the program.
package main

import "time"

var nilp *int

func worker(id int, done chan int) {
	defer func() {
		r := recover()
		time.Sleep(time.Millisecond * time.Duration(id))
		println("worker", id, "recovered:", r.(error).Error())
		done <- id
	}()
	println(*nilp)
}

func indexPanic(i int) {
	defer func() {
		c := make(chan string)
		go func() { c <- "from a goroutine" }()
		println("deferred call got", <-c)
	}()
	var s []int
	_ = s[i]
}

func stuck() {
	defer func() {
		println("stuck: blocks for good")
		select {}
	}()
	var m map[string]int
	m["x"] = 1
}

func main() {
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		indexPanic(3)
	}()

	done := make(chan int)
	go worker(2, done)
	func() {
		defer func() {
			println("main recovered:", recover().(error).Error())
			println("worker done:", <-done)
		}()
		d := 0
		println(10 / d)
	}()

	go stuck()
	time.Sleep(20 * time.Millisecond)
	println("main returns")
}
