// stm32_pins configures the netduinoplus2's LED as an output, drives it high and low,
// and makes the button an input with a pull-down. qemu does not model the STM32's
// GPIO, so Stm32Test reads the register writes from qemu's log of unimplemented
// devices instead of pin levels.
package main

import "machine"

func main() {
	machine.LED.Configure(machine.PinConfig{Mode: machine.PinOutput})
	machine.LED.High()
	machine.LED.Low()
	machine.BUTTON.Configure(machine.PinConfig{Mode: machine.PinInputPulldown})
	println("done")
}
