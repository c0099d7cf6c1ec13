//go:build atmega

package runtime

import (
	"device/avr"
	"unsafe"
)

func reg(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

// Output goes to machine.Serial (console_serial.go), USART0 at 115200 baud.

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
