//go:build nrf

package runtime

import (
	"device/arm"
	"runtime/volatile"
	"unsafe"
)

// The clock of the nRF51 and the nRF52: TIMER0 as a 32-bit counter at 1 MHz (the
// 16 MHz clock with prescaler 4), so the resolution is 1 µs; qemu's micro:bit models it
// (not the RTCs). The counter is read by capturing it into CC[0], and extended to 64
// bits in software: a reading that is lower than the last one means it wrapped (every
// 71 minutes), so the clock must be read at least that often, which the scheduler's
// sleeps (at most 2^31 µs) ensure while it waits. Sleeping: the compare event of CC[1]
// at the wake-up time, enabled as interrupt 8 in the NVIC, ends a WFI executed with
// interrupts masked (PRIMASK), and is cleared before they are unmasked, so no handler
// ever runs and the vector table needs no chip interrupts. Unlike the RTC, TIMER0
// keeps the 16 MHz clock running while the chip sleeps. The nRF52833 has TIMER0 at the
// same address with the same registers and interrupt number; its SysTick would not
// serve, as it counts the CPU clock, which the chip stops during WFI.

const (
	timer0            = 0x40008000
	timerTasksStart   = timer0 + 0x000
	timerTasksClear   = timer0 + 0x00C
	timerTasksCapture = timer0 + 0x040 // [4]
	timerEventCompare = timer0 + 0x140 // [4]
	timerIntenset     = timer0 + 0x304
	timerIntenclr     = timer0 + 0x308
	timerMode         = timer0 + 0x504
	timerBitmode      = timer0 + 0x508
	timerPrescaler    = timer0 + 0x510
	timerCC           = timer0 + 0x540 // [4]
	timerBitmode32    = 3
	timerIntCompare1  = 1 << 17
	timer0IRQ         = 8
	nvicISER          = 0xE000E100
	nvicICER          = 0xE000E180
	nvicICPR          = 0xE000E280
)

func reg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

var (
	clockStarted bool
	lastCount    uint32
	countHigh    uint64
)

func startClock() {
	clockStarted = true
	volatile.StoreUint32(reg(timerMode), 0)
	volatile.StoreUint32(reg(timerBitmode), timerBitmode32)
	volatile.StoreUint32(reg(timerPrescaler), 4)
	volatile.StoreUint32(reg(timerTasksClear), 1)
	volatile.StoreUint32(reg(timerTasksStart), 1)
}

// micros returns the microseconds since the clock started.
func micros() uint64 {
	if !clockStarted {
		startClock()
	}
	volatile.StoreUint32(reg(timerTasksCapture), 1)
	c := volatile.LoadUint32(reg(timerCC))
	if c < lastCount {
		countHigh += 1 << 32
	}
	lastCount = c
	return countHigh | uint64(c)
}

func nanotime() int64 {
	return int64(micros()) * 1000
}

func sleepUntil(when int64) {
	now := micros()
	target := uint64(when+999) / 1000
	if when <= 0 || target <= now {
		return
	}
	if target-now > 1<<31 {
		target = now + 1<<31
	}
	// Interrupts are masked before the compare interrupt is enabled: a target that
	// passes before the wfi raises it at once, and the vector table has no entry to
	// take it with.
	arm.Asm("cpsid i")
	volatile.StoreUint32(reg(timerCC+4), uint32(target))
	volatile.StoreUint32(reg(timerEventCompare+4), 0)
	volatile.StoreUint32(reg(timerIntenset), timerIntCompare1)
	volatile.StoreUint32(reg(nvicISER), 1<<timer0IRQ)
	if micros() < target {
		arm.Asm("wfi")
	}
	volatile.StoreUint32(reg(timerEventCompare+4), 0)
	volatile.StoreUint32(reg(timerIntenclr), timerIntCompare1)
	volatile.StoreUint32(reg(nvicICER), 1<<timer0IRQ)
	volatile.StoreUint32(reg(nvicICPR), 1<<timer0IRQ)
	arm.Asm("cpsie i")
}
