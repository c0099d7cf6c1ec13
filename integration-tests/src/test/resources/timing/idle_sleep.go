// Sleeps 2 s in the main goroutine, the only one.
package main

import "time"

func main() {
	t0 := time.Now()
	time.Sleep(2 * time.Second)
	println("slept", time.Since(t0) >= 2*time.Second)
}
