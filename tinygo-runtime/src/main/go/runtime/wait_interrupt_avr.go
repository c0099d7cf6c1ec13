//go:build avr && baremetal

package runtime

import "device/avr"

func enableInterrupts() {
	avr.Asm("sei")
}

// sleepForInterrupt lets pending interrupts run and returns: the AVR's sleep
// instruction would end at the next interrupt, but qemu-system-avr does not get past
// it (see sleepUntil in clock_atmega.go), so the caller's wait spins with interrupts
// enabled.
func sleepForInterrupt() {
	avr.Asm("sei")
}

// sleepMasked is sleepUntil, which on the AVR waits for the clock's interrupt and so
// needs interrupts enabled.
func sleepMasked(when int64) {
	avr.Asm("sei")
	sleepUntil(when)
}
