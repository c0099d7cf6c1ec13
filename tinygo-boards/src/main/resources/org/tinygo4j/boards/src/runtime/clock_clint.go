//go:build sifive

package runtime

import (
	"device/riscv"
	"runtime/volatile"
	"unsafe"
)

// The clock of SiFive's FE310: the CLINT's 64-bit mtime counter, which runs from reset
// and never wraps in practice. It counts the 32768 Hz real-time clock on the chip,
// but 10 MHz under qemu's sifive_e (its CLINT's timebase), so the runtime tells them
// apart at the first reading by the machine's identification: the FE310-G002 reports
// SiFive's vendor code (0x489) and mimpid 0x20181004; qemu 7.2 reports neither.
//
// Sleeping: mtimecmp holds the wake-up time and the timer interrupt (mie.MTIE) is
// enabled while the core executes WFI with interrupts masked (mstatus.MIE clear):
// WFI ends once mtime reaches mtimecmp, no trap is taken, and MTIE is cleared again
// before interrupts are unmasked.

const (
	clint         = 0x02000000
	clintMtimecmp = clint + 0x4000
	clintMtime    = clint + 0xBFF8
	sifiveVendor  = 0x489
	fe310G002Impl = 0x20181004
)

// clintHz is mtime's rate, 0 until the first reading.
var clintHz uint32

func clintReg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

func detectTimebase() {
	if riscv.Mvendorid() == sifiveVendor && riscv.Mimpid() == fe310G002Impl {
		clintHz = 32768
	} else {
		clintHz = 10000000
	}
}

// mtime reads the 64-bit counter in two halves, again if the high one changed.
func mtime() uint64 {
	for {
		hi := volatile.LoadUint32(clintReg(clintMtime + 4))
		lo := volatile.LoadUint32(clintReg(clintMtime))
		if volatile.LoadUint32(clintReg(clintMtime+4)) == hi {
			return uint64(hi)<<32 | uint64(lo)
		}
	}
}

func nanotime() int64 {
	if clintHz == 0 {
		detectTimebase()
	}
	if clintHz == 32768 {
		return int64(mtime()) * 1953125 >> 6 // 10^9 / 32768 = 1953125 / 64
	}
	return int64(mtime()) * 100
}

// sleepUntil waits until when, or an earlier interrupt.
func sleepUntil(when int64) {
	now := nanotime()
	if when <= now {
		return
	}
	if when-now > 1<<40 {
		when = now + 1<<40 // 18 minutes at most, so that when<<6 cannot overflow
	}
	// the first tick at or after when (constant divisors: no division check)
	var target uint64
	if clintHz == 32768 {
		target = (uint64(when)<<6 + 1953124) / 1953125
	} else {
		target = uint64(when+99) / 100
	}
	state := riscv.DisableInterrupts()
	// high half first at its largest, so that the comparison never passes in between
	volatile.StoreUint32(clintReg(clintMtimecmp+4), 0xFFFFFFFF)
	volatile.StoreUint32(clintReg(clintMtimecmp), uint32(target))
	volatile.StoreUint32(clintReg(clintMtimecmp+4), uint32(target>>32))
	riscv.SetMIE(riscv.MIE_MTIE)
	if mtime() < target {
		riscv.Asm("wfi")
	}
	riscv.ClearMIE(riscv.MIE_MTIE)
	riscv.EnableInterrupts(state)
}
