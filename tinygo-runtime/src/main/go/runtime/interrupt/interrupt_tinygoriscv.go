//go:build tinygo.riscv

package interrupt

import "device/riscv"

// On RISC-V a chip's external interrupts reach their handlers through the trap
// handler of targets/riscv.s and the PLIC (interrupt_plic.go enables them). Disable
// and Restore work on mstatus.MIE, which start-up sets.

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

// In reports whether the processor is running an interrupt handler.
func In() bool {
	return riscv.InInterrupt() != 0
}
