// Sleeps 100 ms five times and prints how long each sleep took by its own clock.
package main

import "time"

func main() {
	println("start")
	for i := 0; i < 5; i++ {
		t0 := time.Now()
		time.Sleep(100 * time.Millisecond)
		println("slept", time.Since(t0).Milliseconds())
	}
	println("end")
}
