// interrupts_nano33 uses both interrupts package machine wires on the Arduino Nano 33
// IoT: SERCOM5's receive interrupt (Serial's Read) and the EIC's (a pin interrupt on
// D2, PB10, EXTINT[10]). It echoes what it reads and counts presses.
package main

import (
	"machine"
	"runtime/volatile"
)

var presses uint32

func main() {
	machine.Serial.Configure(machine.UARTConfig{})
	machine.D2.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	machine.D2.SetInterrupt(machine.PinFalling, func(machine.Pin) {
		volatile.StoreUint32(&presses, volatile.LoadUint32(&presses)+1)
	})
	var buf [16]byte
	for {
		n, _ := machine.Serial.Read(buf[:])
		machine.Serial.Write(buf[:n])
		println("presses", volatile.LoadUint32(&presses))
	}
}
