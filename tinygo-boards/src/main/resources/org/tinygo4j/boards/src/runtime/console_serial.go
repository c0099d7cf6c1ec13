//go:build serialconsole

package runtime

import (
	"machine"
	"unsafe"
)

// The console of chips whose println output goes to machine.Serial, the board's
// UART: the target JSON's "serialconsole" build tag selects this file (nRF51, SAMD21,
// ATmega328P, STM32F405, and board packs' chips that want it), and the chip's runtime
// file gives the rest (clock, exit).

func initOutput() {
	machine.InitSerial()
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		machine.Serial.WriteByte(*(*byte)(unsafe.Pointer(addr + i)))
	}
}
