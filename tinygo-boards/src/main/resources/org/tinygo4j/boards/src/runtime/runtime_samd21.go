//go:build atsamd21

package runtime

// systickMHz is the processor clock, which clocks SysTick: 48 MHz, from the DFLL48M,
// which machine.InitSerial sets up before anything reads the clock (initOutput runs
// first).
const systickMHz = 48

// Output goes to machine.Serial (console_serial.go), SERCOM5 as a UART on PB22 (TX),
// the Arduino Nano 33 IoT's Serial1 pin, at 115200 baud. exit is the end marker's
// (exit_endmarker.go).
