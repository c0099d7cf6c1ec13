// targets: host wasi wasm cortex-m-qemu microbit
// (the Uno runs timerbasics.go: this many timers and strings do not fit in its 2 KiB)

// Timers, tickers and time.After in a select, in the main goroutine (so on wasi too).
package main

import "time"

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	println("fired, stop:", t.Stop())

	t = time.NewTimer(time.Hour)
	println("stop:", t.Stop(), t.Stop())
	select {
	case <-t.C:
		println("bad")
	case <-time.After(30 * time.Millisecond):
		println("quiet")
	}

	println("reset:", t.Reset(10*time.Millisecond))
	<-t.C
	println("fired")
	t.Reset(time.Hour)
	println("reset:", t.Reset(5*time.Millisecond))
	<-t.C
	println("fired")

	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	tk.Stop()
	println("ticks", n+1)
	select {
	case <-tk.C:
		println("bad")
	case <-time.After(20 * time.Millisecond):
		println("quiet")
	}

	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-ready:
		println("ready:", v)
	case <-time.After(50 * time.Millisecond):
		println("bad")
	}
	never := make(chan int)
	select {
	case <-never:
		println("bad")
	case <-time.After(15 * time.Millisecond):
		println("timeout")
	}

	tick := time.Tick(5 * time.Millisecond)
	<-tick
	<-tick
	println("tick tick; nil:", time.Tick(0) == nil)
	var got time.Time
	start := time.Now()
	got = <-time.After(10 * time.Millisecond)
	println("after:", !got.Before(start))
}
