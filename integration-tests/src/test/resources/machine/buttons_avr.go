// buttons_avr counts presses of a button on the Uno's D2 (PD2, INT0; pressed pulls it
// low) through a pin interrupt on the falling edge, and prints each new count; it
// ends after the third press. The test drives the pin from a VCD file in simavr.
package main

import (
	"machine"
	"runtime/volatile"
	"time"
)

var presses uint8

func main() {
	button := machine.PD2
	button.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	err := button.SetInterrupt(machine.PinFalling, func(p machine.Pin) {
		if p == machine.PD2 {
			volatile.StoreUint8(&presses, volatile.LoadUint8(&presses)+1)
		}
	})
	if err != nil {
		println(err.Error())
		return
	}
	println("ready")
	for seen := uint8(0); seen < 3; {
		if n := volatile.LoadUint8(&presses); n != seen {
			seen = n
			println("pressed", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
