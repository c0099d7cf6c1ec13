// buttons_lm3s counts releases of the "up" key of the gamepad qemu's lm3s6965evb wires
// to PE0 (low while pressed), through a pin interrupt on the rising edge, and prints
// each new count; it ends after the third release. The main loop sleeps between
// looks, so the interrupt also has to wake the processor.
package main

import (
	"machine"
	"runtime/volatile"
	"time"
)

var releases uint32

func main() {
	up := machine.PE0
	up.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	err := up.SetInterrupt(machine.PinRising, func(p machine.Pin) {
		if p == machine.PE0 {
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
