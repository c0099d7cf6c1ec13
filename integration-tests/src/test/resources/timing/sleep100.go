// Sleeps 100 ms five times between the lines "start" and "end", printing nothing in
// between (output is slow on some emulators: semihosting writes a character per trap),
// then prints how long each sleep took by its own clock.
package main

import "time"

func main() {
	var slept [5]time.Duration
	println("start")
	for i := range slept {
		t0 := time.Now()
		time.Sleep(100 * time.Millisecond)
		slept[i] = time.Since(t0)
	}
	println("end")
	for _, d := range slept {
		println("slept", d.Milliseconds())
	}
}
