// AfterFunc runs its function in a goroutine of its own; Stop cancels it. Goroutines
// block on channels while timers are pending: not a deadlock.
package main

import "time"

func main() {
	done := make(chan string)
	time.AfterFunc(200*time.Millisecond, func() { done <- "second" })
	time.AfterFunc(100*time.Millisecond, func() { done <- "first" })
	stopped := time.AfterFunc(5*time.Millisecond, func() { done <- "cancelled" })
	println("stopped:", stopped.Stop())
	println(<-done)
	println(<-done)

	res := make(chan int)
	go func() {
		tk := time.NewTicker(3 * time.Millisecond)
		defer tk.Stop()
		n := 0
		timeout := time.After(500 * time.Millisecond)
		for {
			select {
			case <-tk.C:
				n++
				if n == 5 {
					res <- n
					return
				}
			case <-timeout:
				res <- -1
				return
			}
		}
	}()
	println("ticks before timeout:", <-res)
}
