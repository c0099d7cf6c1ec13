//go:build gc.conservative && scheduler.tasks

package runtime

// The stacks the collector scans under the tasks scheduler: the running goroutine's
// from sp (below its saved registers) to the top of its stack, and every other
// goroutine's from the stack pointer its last switch saved (with its callee-saved
// registers just above it) to the top; finished goroutines' not at all. One loop over
// allTasks serves the running goroutine and the others alike (the code is small on
// microcontrollers). In a program without go statements allTasks is never set: the
// optimiser drops the loop, and the main stack is scanned from sp.
func gcMarkStacks(sp uintptr) {
	t := running // nil until the first switch: main runs
	lo := sp
	tlo := sp
	// (allTasks != nil lets the optimiser drop this in programs without go
	// statements; on AVR it is left out: the shared benchmark's mixed, with goroutines,
	// is 16 bytes smaller without it, and hello_fmt, without, 36 bytes larger, which
	// brings both under 1 KB of collector)
	if from := systemStackFrom(); from != 0 {
		// AVR: goroutine t's timer work collects on the main stack below main's frames
		// (systemstack_avr.go); t's stack is live from where that work left it
		tlo = from
	} else if (ptrSize == 2 || allTasks != nil) && t != nil && t != &mainTask {
		lo = mainTask.sp - systemSpill() // (AVR: the registers pushed on the system stack)
	}
	gcMarkStack(lo, mainStackTop())
	for o := allTasks; o != nil; o = o.all {
		lo := o.sp
		if o == t {
			lo = tlo
		} else if o.sched.dead {
			lo = 0
		}
		if lo != 0 {
			gcMarkStack(lo, o.top())
		}
	}
}
