//go:build avr

package interrupt

import (
	"device/avr"
	"runtime/volatile"
	"unsafe"
)

// sreg is the status register's data-space address; bit 7 is the global interrupt
// enable.
const sreg = 0x5F

// Enable enables interrupts globally. The AVR has no per-interrupt enable outside the
// peripherals: the driver sets the peripheral's own interrupt-enable bit.
func (irq Interrupt) Enable() {
	avr.Asm("sei")
}

// SetPriority does nothing: AVR interrupts have a fixed priority, their vector order.
func (irq Interrupt) SetPriority(priority uint8) {
}

// State is the status register SREG, whose I bit Disable clears.
type State uint8

// Disable masks every interrupt and returns the previous state, for Restore.
func Disable() State {
	s := State(volatile.LoadUint8((*uint8)(unsafe.Pointer(uintptr(sreg)))))
	avr.Asm("cli")
	return s
}

// Restore puts back the state that Disable returned.
func Restore(state State) {
	volatile.StoreUint8((*uint8)(unsafe.Pointer(uintptr(sreg))), uint8(state))
}

// In reports whether an interrupt handler is running. The AVR keeps no record of
// it (a handler only runs with the I bit cleared, as code with interrupts disabled
// does too), so this is always false, as in TinyGo.
func In() bool {
	return false
}
