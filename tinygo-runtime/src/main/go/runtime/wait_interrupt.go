//go:build baremetal

package runtime

// Waiting for interrupts: how package machine (a UART's Read) waits for what an
// interrupt handler does, without spinning. machine reaches waitForInterrupt through
// //go:linkname, as it cannot import the runtime that imports it.

// waitForInterrupt is called with interrupts masked (runtime/interrupt.Disable), after
// the caller found that what it waits for has not happened; it returns with them
// enabled, after other goroutines ran, a timer fired or an interrupt came, and the
// caller checks again. Masked until the processor sleeps, no interrupt can slip in
// between the caller's check and the sleep: WFI wakes on an interrupt that is pending
// while masked, and its handler runs as soon as they are unmasked.
func waitForInterrupt() {
	if otherTasksReady() {
		enableInterrupts()
		Gosched()
		return
	}
	if timers != nil {
		sleepMasked(timers.when) // ends early at any interrupt
		enableInterrupts()
		runTimers(nanotime())
		return
	}
	sleepForInterrupt()
}
