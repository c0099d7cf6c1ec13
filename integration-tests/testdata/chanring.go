// targets: host wasi wasm cortex-m-qemu microbit arduino

// A buffered channel's ring: values keep their order while the head wraps around,
// len and cap follow, and a sender blocked on a full channel puts its value into the
// slot a receiver frees.
package main

func main() {
	c := make(chan int, 3)
	println("len", len(c), "cap", cap(c))
	next := 0
	for round := 0; round < 4; round++ {
		for len(c) < cap(c) {
			c <- next
			next++
		}
		print("round ", round, ":")
		for k := 0; k < 2; k++ {
			print(" ", <-c)
		}
		println(" len", len(c))
	}
	for len(c) > 0 {
		print(" ", <-c)
	}
	println()

	done := make(chan bool)
	go func() {
		for i := 100; i < 106; i++ {
			c <- i // blocks whenever the three slots are full
		}
		close(c)
		done <- true
	}()
	for v := range c {
		print(" ", v)
	}
	println()
	println("sender done:", <-done, "len", len(c))

	var z chan byte
	println("nil chan len", len(z), "cap", cap(z))
	e := make(chan struct{}, 5)
	e <- struct{}{}
	e <- struct{}{}
	<-e
	println("struct{} chan len", len(e), "cap", cap(e))
}
