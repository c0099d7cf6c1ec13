//go:build mps2

package runtime

// The runtime of the MPS2 AN385, contributed by this board pack: the clock is the
// built-in SysTick clock (the target JSON's "systick" tag) at the core's 25 MHz,
// output goes to machine.Serial (UART0) through the built-in console_serial.go (the
// JSON's "serialconsole" tag), and exit reports through semihosting.

// systickMHz is the processor clock, which clocks SysTick.
const systickMHz = 25

func exit(code int) {
	semihostingExit(code)
}
