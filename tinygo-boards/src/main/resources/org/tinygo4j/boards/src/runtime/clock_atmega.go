//go:build atmega

package runtime

import (
	"device/avr"
	"runtime/volatile"
	"unsafe"
)

// The clock of the ATmega chips: Timer1 (the timer that qemu's Uno models; simavr has
// them all; the ATmega2560 has it at the ATmega328P's addresses) in CTC mode at 16 MHz
// / 64, counting 0..249, so its compare-match A interrupt comes every millisecond and
// adds a millisecond to a count of nanoseconds (so that reading the clock needs no
// 64-bit multiply, whose routine would be a quarter of a blinky program), and the
// counter gives the 4 µs steps within one: the resolution is 4 µs. The clock starts at
// the first reading, and enables interrupts.

const (
	regTIFR1  = 0x36
	regSREG   = 0x5F
	regTIMSK1 = 0x6F
	regTCCR1A = 0x80
	regTCCR1B = 0x81
	regTCNT1L = 0x84
	regTCNT1H = 0x85
	regOCR1AL = 0x88
	regOCR1AH = 0x89
	ocf1a     = 1 << 1
	ocie1a    = 1 << 1
	wgm12     = 1 << 3
	clkDiv64  = 3
)

var (
	clockStarted bool
	avrNanos     uint64
)

// timerTick is the TIMER1_COMPA interrupt's work; the chip's file exports the
// handler under the interrupt's vector name (clock_<chip>.go).
func timerTick() {
	avrNanos += 1000000
}

func startClock() {
	clockStarted = true
	interruptHook = timerInterrupt
	volatile.StoreUint8(reg(regTCCR1A), 0)
	volatile.StoreUint8(reg(regOCR1AH), 0) // 16-bit registers: high byte first
	volatile.StoreUint8(reg(regOCR1AL), 249)
	volatile.StoreUint8(reg(regTCNT1H), 0)
	volatile.StoreUint8(reg(regTCNT1L), 0)
	volatile.StoreUint8(reg(regTIMSK1), ocie1a)
	volatile.StoreUint8(reg(regTCCR1B), wgm12|clkDiv64)
	avr.Asm("sei")
}

func nanotime() int64 {
	if !clockStarted {
		startClock() // before SREG is saved: it enables interrupts
	}
	sreg := volatile.LoadUint8(reg(regSREG))
	avr.Asm("cli")
	ns := nanotimeLocked()
	volatile.StoreUint8(reg(regSREG), sreg)
	return ns
}

// timer1Count reads TCNT1 (low byte first: that latches the high byte).
func timer1Count() uint16 {
	lo := volatile.LoadUint8(reg(regTCNT1L))
	hi := volatile.LoadUint8(reg(regTCNT1H))
	return uint16(hi)<<8 | uint16(lo)
}

// nanotimeLocked reads the clock with interrupts off: a millisecond that ended since
// the handler last ran shows as the pending compare-match flag.
func nanotimeLocked() int64 {
	if !clockStarted {
		startClock()
		avr.Asm("cli")
	}
	ns := avrNanos
	count := timer1Count()
	if volatile.LoadUint8(reg(regTIFR1))&ocf1a != 0 {
		ns += 1000000
		count = timer1Count()
	}
	// count*4000 as (count*125)<<5: count < 250, so count*125 fits a 16-bit multiply
	return int64(ns + uint64(uint32(count*125)<<5))
}

// sleepUntil waits for the next millisecond interrupt: its callers (time.Sleep, and
// the scheduler when every goroutine waits for a timer) read the clock again and call
// it again until the time has come, so a sleep ends within a millisecond after when.
// It watches the low byte of the interrupt's count (1,000,000 adds 0x40 to it, so it
// changes at every interrupt) rather than the clock: qemu-system-avr derives TCNT1 from
// the time since its last read, rounded down to whole ticks, so a program that reads
// the counter more often than every 4 µs of host time stops its Timer1, and with it
// the millisecond interrupt. It cannot sleep in idle mode (SMCR = 1; sleep, which the
// interrupt would end): qemu-system-avr does not get past a sleep instruction (it
// leaves its translation block without advancing the program counter).
func sleepUntil(when int64) {
	low := (*uint8)(unsafe.Pointer(&avrNanos)) // AVR is little-endian
	tick := volatile.LoadUint8(low)
	for volatile.LoadUint8(low) == tick {
	}
}
