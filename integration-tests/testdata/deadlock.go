// targets: host wasi wasm cortex-m-qemu microbit arduino

// Every goroutine blocked: main waits for a result that a goroutine, itself waiting
// for input nobody sends, never produces. Go reports the deadlock and exits with 2.
package main

func worker(in <-chan int, out chan<- int) {
	v := <-in
	out <- v * 2
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go worker(in, out)
	go worker(in, out)
	in <- 1
	println("first", <-out)
	println("waiting")
	println(<-out)
}
