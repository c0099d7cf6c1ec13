// Package arm gives Go code on ARM Cortex-M chips access to the instructions and
// conventions that Go itself has no syntax for.
package arm

// Asm emits the given assembly instruction in place. It has no body: the compiler
// treats calls to it as an intrinsic, and the argument must be a constant string.
func Asm(asm string)

// SemihostingCall performs an ARM semihosting request: a BKPT 0xAB with the operation
// in r0 and its argument (a value or a pointer to a parameter block) in r1. It
// returns r0. Like Asm, it has no body: the compiler expands it inline.
func SemihostingCall(op, arg uintptr) uintptr

// Semihosting operation numbers (in r0 for a BKPT 0xAB), as ARM's semihosting
// specification defines them. A debugger or an emulator such as qemu performs them
// on the host.
const (
	SemihostingOpen            = 0x01
	SemihostingClose           = 0x02
	SemihostingWriteC          = 0x03
	SemihostingWrite0          = 0x04
	SemihostingWrite           = 0x05
	SemihostingRead            = 0x06
	SemihostingExit            = 0x18
	SemihostingExitExtended    = 0x20
	SemihostingApplicationExit = 0x20026 // the reason code for SemihostingExit meaning a normal exit
)
