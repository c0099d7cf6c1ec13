//go:build stm32

package runtime

// The runtime of the STM32 chips: the clock is the SysTick clock (the target JSON's
// "systick" tag), output goes to machine.Serial (USART1, console_serial.go), and exit reports through
// semihosting, which qemu's netduinoplus2 turns into its exit code.

// systickMHz is the processor clock, which clocks SysTick: 168 MHz, the system clock
// of qemu's netduinoplus2 model (see machine_stm32f405.go for the hardware).
const systickMHz = 168

func exit(code int) {
	semihostingExit(code)
}
