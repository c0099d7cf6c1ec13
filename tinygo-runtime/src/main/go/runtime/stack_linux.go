//go:build linux && !baremetal && !wasm

package runtime

import (
	"device/x86"
	"unsafe"
)

// On the host the main goroutine runs on the process's stack, which the kernel grows
// down to the stack resource limit (RLIMIT_STACK, 8 MiB by default) as it is touched.
// Go's goroutines may grow to 1 GB; an unlimited resource limit is taken as that.

const stackReserve = 8 << 10

// goroutineStackReserve is the reserve of a goroutine's stack: the same.
const goroutineStackReserve = stackReserve

const (
	sysGetrlimit = 97
	rlimitStack  = 3
	maxMainStack = 1 << 30
)

// mainStackBounds reports the main stack's lowest usable address and its top. The
// kernel counts the limit from the top of the stack region, above the arguments and
// the environment; 256 KiB is left for those.
func mainStackBounds() (bottom, top uintptr) {
	var lim [2]uintptr // rlim_cur, rlim_max
	size := uintptr(maxMainStack)
	if x86.Syscall6(sysGetrlimit, rlimitStack, uintptr(unsafe.Pointer(&lim[0])), 0, 0, 0, 0) == 0 && lim[0] < size {
		size = lim[0]
	}
	const argsRoom = 256 << 10
	if size <= 2*argsRoom {
		size = 2 * argsRoom
	}
	return startSP - (size - argsRoom), startSP
}
