// targets: host wasi wasm cortex-m-qemu microbit

// The monotonic clock never runs backwards: readings taken back to back for 200 ms
// (across many timer interrupts and counter reloads) are compared pairwise, and
// the program prints how many went backwards and whether time advanced at all
// (with println: fmt and time together do not fit the Uno's RAM). On the Uno it runs
// under simavr (AvrClockTest): qemu-system-avr's Timer1 goes back by itself.
package main

import "time"

func main() {
	start := time.Now()
	prev := start
	backwards := 0
	readings := 0
	for {
		now := time.Now()
		readings++
		if now.Before(prev) {
			backwards++
			if backwards <= 3 {
				println("went back by", int64(prev.Sub(now)), "ns")
			}
		}
		prev = now
		if now.Sub(start) >= 200*time.Millisecond {
			break
		}
	}
	println("backwards:", backwards)
	println("advanced:", prev.After(start), readings > 1)
}
