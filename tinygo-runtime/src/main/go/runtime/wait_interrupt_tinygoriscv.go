//go:build tinygo.riscv

package runtime

import "device/riscv"

func enableInterrupts() {
	riscv.EnableInterrupts(riscv.MSTATUS_MIE)
}

// sleepForInterrupt sleeps until an interrupt enabled in mie is pending, then lets
// it be taken. WFI ends on a pending interrupt whatever mstatus.MIE says.
func sleepForInterrupt() {
	riscv.Asm("wfi")
	enableInterrupts()
}

// sleepMasked is sleepUntil, entered with interrupts masked.
func sleepMasked(when int64) {
	sleepUntil(when)
}
