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
	// The write above cleared the counter; it loads the reload value at the next
	// clock edge without ending a millisecond. A reading before that would see 0 with
	// nothing pending, the end of millisecond 0, and the next one would go back by
	// almost a millisecond: wait for the load (one cycle on a chip; until its timer
	// callback runs on qemu).
	for volatile.LoadUint32(systickReg(systCVR)) == 0 {
	}
}

func nanotime() int64 {
	arm.Asm("cpsid i")
	ns := nanotimeLocked()
	arm.Asm("cpsie i")
	return ns
}

// nanotimeLocked reads the clock with interrupts off: a millisecond that ended
// since the handler last ran shows as the pending SysTick exception. The counter
// runs reload, ..., 1, 0: the step from 1 to 0 ends a millisecond and makes the
// exception pending, so 0 is the millisecond's last step before it is pending (qemu
// shows 0 from the moment its timer expires until its callback runs) and its first
// once pending; either way it reads as the millisecond boundary.
func nanotimeLocked() int64 {
	if !clockStarted {
		startClock()
	}
	ms := systickMillis
	val := volatile.LoadUint32(systickReg(systCVR))
	if volatile.LoadUint32(systickReg(scbICSR))&icsrPendSTSet != 0 {
		ms++
		val = volatile.LoadUint32(systickReg(systCVR))
		if val == 0 {
			val = systickPerMillis
		}
	}
	cycles := systickPerMillis - val
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
