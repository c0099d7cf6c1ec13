// buttons_pico counts releases of a push button between the Pico's GP15 and ground
// (low while pressed, the pin pulled up), through a pin interrupt on the rising
// edge, and prints each new count on UART0; it ends after the third release. The
// main loop sleeps between looks, so the interrupt also has to wake the processor.
// Nothing emulates the RP2040: PicoImageTest only builds it and checks its vector.
package main

import (
	"machine"
	"runtime/volatile"
	"time"
)

var releases uint32

func main() {
	button := machine.GP15
	button.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	err := button.SetInterrupt(machine.PinRising, func(p machine.Pin) {
		if p == machine.GP15 {
			volatile.StoreUint32(&releases, volatile.LoadUint32(&releases)+1)
		}
	})
	if err != nil {
		println(err.Error())
		return
	}
	println("ready")
	for seen := uint32(0); seen < 3; {
		if n := volatile.LoadUint32(&releases); n != seen {
			seen = n
			println("released", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
