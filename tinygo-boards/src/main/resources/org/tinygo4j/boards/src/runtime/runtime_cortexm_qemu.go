//go:build cortexm && qemu

package runtime

import (
	"device/arm"
	"unsafe"
)

func initOutput() {
}

// write sends output through semihosting, one character at a time (SYS_WRITEC). It stays
// out of line: inlined, the optimiser unrolled the loop for every constant string, one
// call per character.
//
//go:noinline
func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		arm.SemihostingCall(semihostingWriteC, addr+i)
	}
}

// systickMHz is the processor clock of qemu's LM3S6965, which clocks SysTick.
const systickMHz = 12

// exit reports the exit code through semihosting: qemu exits with it.
func exit(code int) {
	semihostingExit(code)
}
