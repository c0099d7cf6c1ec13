//go:build panic.trap && avr

package runtime

import "device/avr"

// abort is what LLVM's trap becomes on AVR, which has no trap instruction: the CPU
// stops with interrupts off (simavr ends there; a chip stays halted until reset).
//
//export abort
func abort() {
	for {
		avr.Asm("cli")
		avr.Asm("sleep")
	}
}
