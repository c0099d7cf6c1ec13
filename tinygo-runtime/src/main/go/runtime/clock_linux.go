//go:build linux && !baremetal && !wasm

package runtime

import (
	"device/x86"
	"unsafe"
)

// The Linux clocks, through raw system calls: CLOCK_MONOTONIC for nanotime and the
// scheduler's sleeps, CLOCK_REALTIME for the wall clock; both have nanosecond
// resolution. No vDSO: a reading costs a system call (well under a microsecond).

const (
	sysClockGettime   = 228
	sysClockNanosleep = 230
	clockRealtime     = 0
	clockMonotonic    = 1
	timerAbstime      = 1
	errnoEINTR        = 4
)

// timespec is {tv_sec, tv_nsec}, a global so that no reading allocates.
var timespec [2]int64

func nanotime() int64 {
	x86.Syscall6(sysClockGettime, clockMonotonic, uintptr(unsafe.Pointer(&timespec[0])), 0, 0, 0, 0)
	return timespec[0]*1000000000 + timespec[1]
}

func walltime() (int64, int32) {
	x86.Syscall6(sysClockGettime, clockRealtime, uintptr(unsafe.Pointer(&timespec[0])), 0, 0, 0, 0)
	return timespec[0], int32(timespec[1])
}

// sleepUntil blocks the process until the monotonic clock reaches when (or a signal
// interrupts the sleep: the scheduler then simply looks again).
func sleepUntil(when int64) {
	timespec[0] = when / 1000000000
	timespec[1] = when % 1000000000
	x86.Syscall6(sysClockNanosleep, clockMonotonic, timerAbstime, uintptr(unsafe.Pointer(&timespec[0])), 0, 0, 0)
}
