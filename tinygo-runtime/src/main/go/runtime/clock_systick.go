//go:build cortexm && systick

package runtime

import (
	"device/arm"
	"runtime/volatile"
	"unsafe"
)

// The clock of Cortex-M chips whose target JSON has the build tag "systick": the
// core's SysTick timer, clocked by the processor, whose frequency the chip's runtime
// file gives as the constant systickMHz. An interrupt every millisecond counts milliseconds, and the
// counter's value gives the cycles within the current one, so the resolution is one
// processor cycle (83 ns at the 12 MHz of qemu's LM3S6965, 1 µs at the 1 MHz the
// SAMD21 runs at from reset). The scheduler sleeps with WFI, which the next
// millisecond's interrupt ends at the latest. The clock starts at the first reading.

const (
	systCSR          = 0xE000E010
	systRVR          = 0xE000E014
	systCVR          = 0xE000E018
	scbICSR          = 0xE000ED04
	systEnable       = 1 << 0
	systTickInt      = 1 << 1
	systClkSource    = 1 << 2
	icsrPendSTSet    = 1 << 26
	systickPerMillis = systickMHz * 1000
)

var (
	clockStarted  bool
	systickMillis uint64
)

func systickReg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// timerInterrupt is the SysTick exception handler.
//
//export SysTick_Handler
func timerInterrupt() {
	systickMillis++
}

func startClock() {
	clockStarted = true
	interruptHook = timerInterrupt
	volatile.StoreUint32(systickReg(systRVR), systickPerMillis-1)
	volatile.StoreUint32(systickReg(systCVR), 0)
	volatile.StoreUint32(systickReg(systCSR), systEnable|systTickInt|systClkSource)
}

func nanotime() int64 {
	arm.Asm("cpsid i")
	ns := nanotimeLocked()
	arm.Asm("cpsie i")
	return ns
}

// nanotimeLocked reads the clock with interrupts off: a millisecond that ended
// since the handler last ran shows as the pending SysTick exception.
func nanotimeLocked() int64 {
	if !clockStarted {
		startClock()
	}
	ms := systickMillis
	val := volatile.LoadUint32(systickReg(systCVR))
	if volatile.LoadUint32(systickReg(scbICSR))&icsrPendSTSet != 0 {
		ms++
		val = volatile.LoadUint32(systickReg(systCVR))
	}
	cycles := systickPerMillis - 1 - val
	return int64(ms)*1000000 + int64(cycles*1000/systickMHz)
}

// sleepUntil waits for an interrupt unless when has come: at most a millisecond.
func sleepUntil(when int64) {
	arm.Asm("cpsid i")
	if nanotimeLocked() < when {
		arm.Asm("wfi")
	}
	arm.Asm("cpsie i")
}
