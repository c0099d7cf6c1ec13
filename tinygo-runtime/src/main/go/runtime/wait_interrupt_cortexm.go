//go:build cortexm

package runtime

import "device/arm"

func enableInterrupts() {
	arm.Asm("cpsie i")
}

// sleepForInterrupt sleeps until an interrupt comes, then lets its handler run.
func sleepForInterrupt() {
	arm.Asm("wfi")
	arm.Asm("cpsie i")
}

// sleepMasked is sleepUntil, entered with interrupts masked (which it keeps until the
// WFI).
func sleepMasked(when int64) {
	sleepUntil(when)
}
