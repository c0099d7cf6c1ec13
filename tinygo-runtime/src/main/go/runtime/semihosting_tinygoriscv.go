//go:build tinygo.riscv

package runtime

import (
	"device/riscv"
	"unsafe"
)

// Semihosting operations (the RISC-V semihosting specification, which takes Arm's),
// for the chips whose runtime reports its exit to a debugger or an emulator.
const (
	semihostingExitExtended = 0x20
	adpStoppedAppExit       = 0x20026
)

var exitBlock [2]uintptr

// semihostingExit reports the exit code to the debugger or emulator (qemu exits with
// it) and sleeps should nobody listen.
func semihostingExit(code int) {
	exitBlock[0] = adpStoppedAppExit
	exitBlock[1] = uintptr(code)
	riscv.SemihostingCall(semihostingExitExtended, uintptr(unsafe.Pointer(&exitBlock[0])))
	for {
		riscv.Asm("wfi")
	}
}
