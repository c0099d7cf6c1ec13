// Panics are per goroutine: a goroutine recovers its own panic while main has a
// deferred call pending, and a panic in main after that still runs main's.
// (Not on the Uno: three goroutine stacks do not fit its heap.)
// targets: host wasi wasm cortex-m-qemu microbit
package main

func worker(id int, out chan int) {
	defer func() {
		if r := recover(); r != nil {
			println("worker", id, "recovered", r.(int))
			out <- -id
		}
	}()
	if id == 2 {
		panic(id * 10)
	}
	out <- id
}

func main() {
	defer println("main deferred")
	out := make(chan int)
	for i := 1; i <= 3; i++ {
		go worker(i, out)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-out
	}
	println("sum", sum)
	var m map[int]int
	m[1] = 1
}
