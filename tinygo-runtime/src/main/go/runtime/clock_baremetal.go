//go:build baremetal

package runtime

// Boards have no real-time clock that the runtime reads: the wall clock starts at the
// Unix epoch (1970-01-01 00:00:00 UTC) when the program starts, as TinyGo's does, and
// runs with the monotonic clock.

func walltime() (int64, int32) {
	ns := nanotime()
	return ns / 1000000000, int32(ns % 1000000000)
}

// interruptHook holds the timer's interrupt handler as a function value. Setting it
// is what makes the compiler build the handler (runtime.timerInterrupt is exported
// for the vector table but built only when the program reaches it), so programs
// that never read the clock carry no handler.
var interruptHook func()
