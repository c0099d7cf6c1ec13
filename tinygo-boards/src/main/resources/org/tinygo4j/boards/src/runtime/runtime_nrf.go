//go:build nrf

package runtime

import (
	"machine"
	"unsafe"
)

func reg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// Output goes to machine.Serial, the micro:bit's UART0 (TX on P0.24, the USB
// serial line) at 115200 baud.
func initOutput() {
	machine.InitSerial()
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		machine.Serial.WriteByte(*(*byte)(unsafe.Pointer(addr + i)))
	}
}

// exit reports the exit code through semihosting (qemu's micro:bit exits with it).
func exit(code int) {
	semihostingExit(code)
}
