//go:build rp2040

package runtime

import (
	"device/arm"
	"device/rp"
	"runtime/volatile"
	"unsafe"
)

// The runtime of the RP2040 (core 0 only). Output goes to machine.Serial
// (console_serial.go), UART0 on GP0 (TX) at 115200 baud; exit is the end marker's
// (exit_endmarker.go), as nothing emulates the chip.
//
// The clock is the TIMER's 64-bit microsecond count, which machine.InitSerial sets
// ticking (the watchdog's 1 µs tick from the 12 MHz crystal) before anything reads
// it. The count is read from TIMERAWH and TIMERAWL, which latch nothing: high, low,
// high again, until the two high halves agree (a carry between the reads would
// otherwise pair a stale low half with a new high one). Sleeping: ALARM0 at the
// wake-up time (its low 32 bits), enabled as interrupt 0 in the NVIC, ends a WFI
// executed with interrupts masked (PRIMASK), and is cleared before they are
// unmasked, so no handler ever runs and the vector table needs no chip interrupts.

func reg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// micros returns the microseconds since the TIMER left reset.
func micros() uint64 {
	for {
		hi := volatile.LoadUint32(reg(rp.TIMER_TIMERAWH))
		lo := volatile.LoadUint32(reg(rp.TIMER_TIMERAWL))
		if volatile.LoadUint32(reg(rp.TIMER_TIMERAWH)) == hi {
			return uint64(hi)<<32 | uint64(lo)
		}
	}
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
	arm.Asm("cpsid i")
	volatile.StoreUint32(reg(rp.TIMER_INTR), 1) // (write 1 to clear)
	volatile.StoreUint32(reg(rp.TIMER_ALARM0), uint32(target))
	volatile.StoreUint32(reg(rp.TIMER_INTE), 1)
	arm.EnableIRQ(rp.IRQ_TIMER_0)
	if micros() < target {
		arm.Asm("wfi")
	}
	volatile.StoreUint32(reg(rp.TIMER_ARMED), 1) // disarm, if it has not fired
	volatile.StoreUint32(reg(rp.TIMER_INTE), 0)
	volatile.StoreUint32(reg(rp.TIMER_INTR), 1)
	arm.DisableIRQ(rp.IRQ_TIMER_0)
	arm.ClearPendingIRQ(rp.IRQ_TIMER_0)
	arm.Asm("cpsie i")
}
