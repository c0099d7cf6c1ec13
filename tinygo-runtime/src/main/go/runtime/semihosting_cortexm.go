//go:build cortexm

package runtime

import (
	"device/arm"
	"unsafe"
)

// Semihosting operations (Arm "Semihosting for AArch32 and AArch64"), for the chips
// whose runtime reports to a debugger or an emulator: their exit calls
// semihostingExit, and cortex-m-qemu's output is SYS_WRITEC.
const (
	semihostingWriteC       = 0x03
	semihostingExitExtended = 0x20
	adpStoppedAppExit       = 0x20026
)

var exitBlock [2]uintptr

// semihostingExit reports the exit code to the debugger or emulator (qemu exits with
// it) and sleeps should nobody listen.
func semihostingExit(code int) {
	exitBlock[0] = adpStoppedAppExit
	exitBlock[1] = uintptr(code)
	arm.SemihostingCall(semihostingExitExtended, uintptr(unsafe.Pointer(&exitBlock[0])))
	for {
		arm.Asm("wfi")
	}
}
