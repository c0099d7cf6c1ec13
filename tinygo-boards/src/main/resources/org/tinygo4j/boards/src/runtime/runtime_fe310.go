//go:build fe310

package runtime

// Output goes to machine.Serial (console_serial.go), the FE310's UART0 (on the
// HiFive1 rev B the USB serial line) at 115200 baud.

// exit reports the exit code through semihosting (qemu's sifive_e exits with it, given
// -semihosting-config enable=on).
func exit(code int) {
	semihostingExit(code)
}
