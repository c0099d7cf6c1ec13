//go:build avr

package runtime

import (
	"device/avr"
	"runtime/volatile"
	"unsafe"
)

// USART0 of the ATmega328P at 115200 baud from a 16 MHz clock (UBRR0 = 8).
const (
	regUCSR0A = 0xC0
	regUCSR0B = 0xC1
	regUCSR0C = 0xC2
	regUBRR0L = 0xC4
	regUBRR0H = 0xC5
	regUDR0   = 0xC6
	udre0     = 0x20
	txen0     = 0x08
	frame8N1  = 0x06
)

func reg(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

func initOutput() {
	volatile.StoreUint8(reg(regUBRR0H), 0)
	volatile.StoreUint8(reg(regUBRR0L), 8)
	volatile.StoreUint8(reg(regUCSR0C), frame8N1)
	volatile.StoreUint8(reg(regUCSR0B), txen0)
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		for volatile.LoadUint8(reg(regUCSR0A))&udre0 == 0 {
		}
		volatile.StoreUint8(reg(regUDR0), *(*byte)(unsafe.Pointer(addr + i)))
	}
}

// exit writes the end marker (EOT and the exit code) that the test harness and
// tinygo run watch for, then stops the CPU (simavr also ends on cli; sleep).
func exit(code int) {
	printBuf[0] = 4
	printBuf[1] = byte(code)
	write(&printBuf[0], 2)
	for {
		avr.Asm("cli")
		avr.Asm("sleep")
	}
}
