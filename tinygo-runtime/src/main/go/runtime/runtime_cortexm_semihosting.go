//go:build cortexm && !atsamd21

package runtime

import (
	"device/arm"
	"unsafe"
)

// Semihosting operations (Arm "Semihosting for AArch32 and AArch64").
const (
	semihostingWriteC       = 0x03
	semihostingExitExtended = 0x20
	adpStoppedAppExit       = 0x20026
)

var exitBlock [2]uintptr

// exit reports the exit code to the debugger or emulator (qemu exits with it).
func exit(code int) {
	exitBlock[0] = adpStoppedAppExit
	exitBlock[1] = uintptr(code)
	arm.SemihostingCall(semihostingExitExtended, uintptr(unsafe.Pointer(&exitBlock[0])))
	for {
		arm.Asm("wfi")
	}
}
