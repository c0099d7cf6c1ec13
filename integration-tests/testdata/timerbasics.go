// targets: host wasi wasm cortex-m-qemu microbit arduino hifive1b
// A timer stopped and reset, a ticker, and time.After in a select: the Uno's share of
// timers.go.
package main

import "time"

func main() {
	t := time.NewTimer(time.Hour)
	println("stop:", t.Stop())
	println("reset:", t.Reset(10*time.Millisecond))
	<-t.C
	println("fired")
	tk := time.NewTicker(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	println("ticked twice")
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-ready:
		println("ready:", v)
	case <-time.After(50 * time.Millisecond):
		println("bad")
	}
	select {
	case <-tk.C:
		println("bad")
	case <-time.After(15 * time.Millisecond):
		println("timeout")
	}
}
