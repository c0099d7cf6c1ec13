//go:build nrf51

package runtime

// Output goes to machine.Serial (console_serial.go), the micro:bit's UART0 (TX on
// P0.24, the USB serial line) at 115200 baud.

// exit reports the exit code through semihosting (qemu's micro:bit exits with it).
func exit(code int) {
	semihostingExit(code)
}
