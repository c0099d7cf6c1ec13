//go:build atsamd21

package runtime

// systickMHz is the processor clock (OSC8M / 8, as after reset), which clocks SysTick.
// The 48 MHz DFLL set-up is not done yet.
const systickMHz = 1

// Output goes to machine.Serial (console_serial.go), SERCOM5 as a UART on PB22 (TX),
// the Arduino Nano 33 IoT's Serial1 pin, at 9600 baud (the most the 1 MHz reset clock
// gives reliably). exit is the end marker's (exit_endmarker.go).
