//go:build atsamd21

package runtime

import (
	"device/arm"
	"runtime/volatile"
	"unsafe"
)

// SERCOM5 as a UART on PB22 (TX), the Arduino Nano 33 IoT's Serial1 pin. The core
// runs from the reset clock (OSC8M / 8 = 1 MHz) until clock set-up exists, so the
// baud rate is 9600: BAUD = 65536 * (1 - 16 * 9600 / 1 MHz).
const (
	pmAPBCMASK        = 0x40000420
	gclkCLKCTRL       = 0x40000C02
	portGroupB        = 0x41004480
	sercom5           = 0x42001C00
	sercomCTRLA       = sercom5 + 0x00
	sercomCTRLB       = sercom5 + 0x04
	sercomBAUD        = sercom5 + 0x0C
	sercomINTFLAG     = sercom5 + 0x18
	sercomSYNCBUSY    = sercom5 + 0x1C
	sercomDATA        = sercom5 + 0x28
	gclkSercom5Core   = 0x19
	apbcSercom5       = 1 << 7
	txPin             = 22
	usartIntClockMode = 1 << 2
	usartDORD         = 1 << 30
	usartTXPO         = 1 << 16
	usartRXPO         = 3 << 20
	usartTXEN         = 1 << 16
	usartEnable       = 1 << 1
	usartDRE          = 1 << 0
	baud9600at1MHz    = 55469
)

// systickMHz is the processor clock (OSC8M / 8, as after reset), which clocks SysTick.
const systickMHz = 1

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

func reg16(addr uintptr) *uint16 {
	return (*uint16)(unsafe.Pointer(addr))
}

func reg8(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

func initOutput() {
	volatile.StoreUint32(reg32(pmAPBCMASK), volatile.LoadUint32(reg32(pmAPBCMASK))|apbcSercom5)
	volatile.StoreUint16(reg16(gclkCLKCTRL), gclkSercom5Core|1<<14)
	// PB22: peripheral function D (SERCOM5 PAD2), through PMUX and PINCFG.
	pmux := reg8(portGroupB + 0x30 + txPin/2)
	volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0xF0|3)
	volatile.StoreUint8(reg8(portGroupB+0x40+txPin), 1)
	volatile.StoreUint32(reg32(sercomCTRLA), usartIntClockMode|usartDORD|usartTXPO|usartRXPO)
	volatile.StoreUint16(reg16(sercomBAUD), baud9600at1MHz)
	volatile.StoreUint32(reg32(sercomCTRLB), usartTXEN)
	for volatile.LoadUint32(reg32(sercomSYNCBUSY)) != 0 {
	}
	volatile.StoreUint32(reg32(sercomCTRLA), usartIntClockMode|usartDORD|usartTXPO|usartRXPO|usartEnable)
	for volatile.LoadUint32(reg32(sercomSYNCBUSY)) != 0 {
	}
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		for volatile.LoadUint8(reg8(sercomINTFLAG))&usartDRE == 0 {
		}
		volatile.StoreUint16(reg16(sercomDATA), uint16(*(*byte)(unsafe.Pointer(addr + i))))
	}
}

// exit: the board has no one to report to, so it writes the end marker (EOT and the
// exit code) and sleeps.
func exit(code int) {
	printBuf[0] = 4
	printBuf[1] = byte(code)
	write(&printBuf[0], 2)
	for {
		arm.Asm("wfi")
	}
}
