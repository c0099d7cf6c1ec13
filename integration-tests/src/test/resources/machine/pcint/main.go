// Package pcint counts edges on three pins that have no external interrupt of their
// own, through the pin change interrupts of their groups: falling edges on pin A
// (pulled up), rising edges on pin B (no pull-up) and both edges on pin C, while pin D
// keeps an external interrupt (falling). A fifth pin finds no free slot. The main loop
// prints each new count; it ends when every count is complete, after stopping the
// callbacks. The pins are the board's (pins_<chip>.go); the test drives them from a
// VCD file in simavr.
package main

import (
	"machine"
	"runtime/volatile"
	"time"
)

var counts [4]uint8

func count(i int) func(machine.Pin) {
	return func(machine.Pin) {
		volatile.StoreUint8(&counts[i], volatile.LoadUint8(&counts[i])+1)
	}
}

func main() {
	changes := [4]machine.PinChange{machine.PinFalling, machine.PinRising, machine.PinToggle, machine.PinFalling}
	for i, p := range pins {
		mode := machine.PinInputPullup // a button to ground
		if changes[i] == machine.PinRising {
			mode = machine.PinInput // driven high from outside
		}
		p.Configure(machine.PinConfig{Mode: mode})
		if err := p.SetInterrupt(changes[i], count(i)); err != nil {
			println(names[i], err.Error())
			return
		}
	}
	if err := fifth.SetInterrupt(machine.PinToggle, count(0)); err != nil {
		println(fifthName, err.Error())
	}
	println("ready")
	want := [4]uint8{3, 2, 4, 1}
	var seen [4]uint8
	for seen != want {
		for i := range counts {
			if n := volatile.LoadUint8(&counts[i]); n != seen[i] {
				seen[i] = n
				println(names[i], n)
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	// Stopped callbacks are not called again: the test presses D8 and D2 once more.
	for _, p := range pins {
		p.SetInterrupt(0, nil)
	}
	time.Sleep(300 * time.Millisecond)
	println("after stop", counts[0], counts[1], counts[2], counts[3])
}
