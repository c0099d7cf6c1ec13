// Package riscv gives Go code on RISC-V chips access to the instructions and control
// and status registers that Go itself has no syntax for. The functions other than Asm
// are in the target's start-up assembly (targets/riscv.s).
package riscv

import _ "unsafe" // for go:linkname

// Asm emits the given assembly instruction in place. It has no body: the compiler
// treats calls to it as an intrinsic, and the argument must be a constant string.
func Asm(asm string)

// SemihostingCall performs a RISC-V semihosting request (the Arm semihosting
// operations, as the RISC-V semihosting specification reuses them): the operation in
// a0 and its argument in a1; it returns a0.
//
//go:linkname SemihostingCall tinygo_semihostingCall
func SemihostingCall(op, arg uintptr) uintptr

// DisableInterrupts clears mstatus.MIE and returns mstatus as it was, for
// EnableInterrupts.
//
//go:linkname DisableInterrupts tinygo_disableInterrupts
func DisableInterrupts() uintptr

// EnableInterrupts sets mstatus.MIE again if it is set in mask (DisableInterrupts's
// result).
//
//go:linkname EnableInterrupts tinygo_enableInterrupts
func EnableInterrupts(mask uintptr)

// SetMIE sets bits of mie, the interrupts that are enabled (and may end a WFI).
//
//go:linkname SetMIE tinygo_setMIE
func SetMIE(bits uintptr)

// ClearMIE clears bits of mie.
//
//go:linkname ClearMIE tinygo_clearMIE
func ClearMIE(bits uintptr)

// Bits of mstatus and mie.
const (
	MSTATUS_MIE = 1 << 3  // machine interrupts enabled
	MIE_MSIE    = 1 << 3  // software interrupt
	MIE_MTIE    = 1 << 7  // timer interrupt
	MIE_MEIE    = 1 << 11 // external interrupts (from the PLIC)
)

// Mvendorid returns the mvendorid register: the JEDEC code of the core's vendor, or 0.
//
//go:linkname Mvendorid tinygo_readMvendorid
func Mvendorid() uintptr

// Mimpid returns the mimpid register: the vendor's version of the core, or 0.
//
//go:linkname Mimpid tinygo_readMimpid
func Mimpid() uintptr

// InInterrupt returns how many interrupt handlers are running (targets/riscv.s's trap
// handler counts them): not 0 inside one.
//
//go:linkname InInterrupt tinygo_inInterrupt
func InInterrupt() uintptr
