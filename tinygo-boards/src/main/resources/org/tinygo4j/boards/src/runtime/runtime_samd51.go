//go:build atsamd51

package runtime

// systickMHz is the processor clock, which clocks SysTick: 120 MHz, from DPLL0, which
// machine.InitSerial sets up before anything reads the clock (initOutput runs first).
const systickMHz = 120

// Output goes to machine.Serial (console_serial.go), SERCOM3 as a UART on PA17 (TX),
// the ItsyBitsy M4's D1, at 115200 baud. exit is the end marker's (exit_endmarker.go).
