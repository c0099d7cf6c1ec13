// targets: host wasi wasm cortex-m-qemu microbit arduino

// Closing a channel wakes every waiting receiver with the zero value; closing it again
// is Go's "close of closed channel" panic.
package main

func main() {
	c := make(chan string)
	done := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			s, ok := <-c
			println("woken", len(s), ok)
			done <- true
		}()
	}
	close(c)
	<-done
	<-done
	close(c)
}
