// buttons_avr_pcint counts edges on three Uno pins that have no external interrupt of
// their own, through the pin change interrupts of their ports: falling edges on D8
// (PB0, pulled up), rising edges on A0 (PC0, no pull-up) and both edges on D4 (PD4), while D2 keeps
// INT0 (falling). A fifth pin finds no free slot. The main loop prints each new count;
// it ends when every count is complete, after stopping the callbacks. The test drives the pins from a VCD file in
// simavr.
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
	pins := [4]machine.Pin{machine.PB0, machine.PC0, machine.PD4, machine.PD2}
	changes := [4]machine.PinChange{machine.PinFalling, machine.PinRising, machine.PinToggle, machine.PinFalling}
	names := [4]string{"D8 falling", "A0 rising", "D4 toggle", "D2 falling"}
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
	if err := machine.PB1.SetInterrupt(machine.PinToggle, count(0)); err != nil {
		println("D9", err.Error())
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
