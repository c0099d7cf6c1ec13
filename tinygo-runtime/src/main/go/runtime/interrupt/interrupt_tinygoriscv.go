//go:build tinygo.riscv

package interrupt

import "device/riscv"

// On RISC-V no interrupt handler runs yet: the runtime sleeps on interrupts that are
// enabled in mie but masked by mstatus.MIE. Disable and Restore still bracket code
// with MIE cleared, as they do on the other chips.

// State is the interrupt mask that Disable returns and Restore puts back (mstatus).
type State uintptr

// Disable masks every interrupt and returns the previous mask, for Restore.
func Disable() State {
	return State(riscv.DisableInterrupts())
}

// Restore puts back the mask that Disable returned: interrupts are enabled again
// unless they already were disabled before.
func Restore(state State) {
	riscv.EnableInterrupts(uintptr(state))
}

// In reports whether the processor is running an interrupt handler: never, as no
// handler runs on RISC-V.
func In() bool {
	return false
}
