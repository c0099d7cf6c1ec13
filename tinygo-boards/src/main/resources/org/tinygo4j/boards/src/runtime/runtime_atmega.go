//go:build atmega

package runtime

import (
	"device/avr"
	"machine"
	"unsafe"
)

func reg(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

// Output goes to machine.Serial, USART0 at 115200 baud.
func initOutput() {
	machine.InitSerial()
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		machine.Serial.WriteByte(*(*byte)(unsafe.Pointer(addr + i)))
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
