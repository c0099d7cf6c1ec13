//go:build mps2

package runtime

import (
	"machine"
	"unsafe"
)

// The runtime of the MPS2 AN385, contributed by this board pack: the clock is the
// built-in SysTick clock (the target JSON's "systick" tag) at the core's 25 MHz,
// output goes to machine.Serial (UART0), and exit reports through semihosting.

// systickMHz is the processor clock, which clocks SysTick.
const systickMHz = 25

func initOutput() {
	machine.InitSerial()
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		machine.Serial.WriteByte(*(*byte)(unsafe.Pointer(addr + i)))
	}
}

func exit(code int) {
	semihostingExit(code)
}
