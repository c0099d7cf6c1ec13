// targets: host wasi wasm cortex-m-qemu microbit arduino

// A goroutine panics after it blocked, deep in a call, while main waits for it:
// the deferred calls of the goroutine's frames run, nothing recovers, and the
// program ends with the panic's message and exit code 2, as in Go.
package main

type failer interface {
	fail(c chan int)
}

type worker struct{ name string }

func (w worker) fail(c chan int) {
	v := <-c
	panic(w.name + " failed with " + string(rune('0'+v)))
}

func run(f failer, c chan int, done chan bool) {
	defer println("deferred in run")
	f.fail(c)
	done <- true
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go run(worker{"w1"}, c, done)
	c <- 7
	<-done
	println("not reached")
}
