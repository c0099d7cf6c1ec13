//go:build stm32

package runtime

import (
	"machine"
	"unsafe"
)

// The runtime of the STM32 chips: the clock is the SysTick clock (the target JSON's
// "systick" tag), output goes to machine.Serial (USART1), and exit reports through
// semihosting, which qemu's netduinoplus2 turns into its exit code.

// systickMHz is the processor clock, which clocks SysTick: 168 MHz, the system clock
// of qemu's netduinoplus2 model (see machine_stm32f405.go for the hardware).
const systickMHz = 168

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
