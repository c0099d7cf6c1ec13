//go:build cortexm

package interrupt

import (
	"device/arm"
)

// Enable enables the interrupt in the NVIC.
func (irq Interrupt) Enable() {
	arm.EnableIRQ(uint32(irq.num))
}

// Disable disables the interrupt in the NVIC.
func (irq Interrupt) Disable() {
	arm.DisableIRQ(uint32(irq.num))
}

// SetPriority sets the interrupt's priority: 0 is the highest; the chip uses the top
// bits only (2 on the Cortex-M0 and M0+, 3 on the LM3S6965, 4 on the STM32F4).
func (irq Interrupt) SetPriority(priority uint8) {
	arm.SetPriority(uint32(irq.num), uint32(priority))
}

// State is the interrupt mask that Disable returns and Restore puts back (PRIMASK).
type State uintptr

// Disable masks every interrupt and returns the previous mask, for Restore.
func Disable() State {
	return State(arm.DisableInterrupts())
}

// Restore puts back the mask that Disable returned: interrupts are enabled again
// unless they already were disabled before.
func Restore(state State) {
	arm.EnableInterrupts(uintptr(state))
}

// In reports whether the processor is running an interrupt (or exception) handler.
func In() bool {
	return arm.CurrentException() != 0
}
