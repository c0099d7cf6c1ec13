//go:build nrf52

package runtime

// The nRF52833 (micro:bit v2) shares the nRF51's clock, TIMER0 (clock_nrf.go: same
// address, registers and interrupt number). Output goes to machine.Serial
// (console_serial.go), UART0 on the micro:bit v2's USB serial line (TX on P0.06) at
// 115200 baud. No emulator models the chip, so exit is the end marker's
// (exit_endmarker.go), not semihosting, which would fault without a debugger.
