// Main waits 2 s on a channel that a sleeping goroutine will send on, with a
// time.After in the same select: the scheduler has nothing to run and must sleep
// until its first timer.
package main

import "time"

func main() {
	t0 := time.Now()
	done := make(chan bool)
	go func() {
		time.Sleep(2 * time.Second)
		done <- true
	}()
	select {
	case <-done:
		println("slept", time.Since(t0) >= 2*time.Second)
	case <-time.After(5 * time.Second):
		println("timed out")
	}
}
