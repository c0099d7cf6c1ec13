//go:build mps2

// Package mps2 holds the peripheral register addresses of Arm's MPS2 board running the
// AN385 FPGA image (a Cortex-M3 with the Cortex-M System Design Kit's peripherals), as
// Arm's application note and the CMSDK technical reference manual give them. Registers
// are addresses: read and write them with package runtime/volatile.
package mps2

// Device is the name of the chip.
const Device = "MPS2-AN385"

// SystemClock is the processor clock in hertz: the FPGA image runs the core at 25 MHz.
const SystemClock = 25000000

// The CMSDK APB UARTs.
const (
	UART0 = 0x40004000
	UART1 = 0x40005000
	UART2 = 0x40006000

	UART_DATA     = 0x000 // the byte to send or the byte received
	UART_STATE    = 0x004
	UART_CTRL     = 0x008
	UART_INTCLEAR = 0x00C // a 1 clears that interrupt (reads give the status)
	UART_BAUDDIV  = 0x010 // system clock / baud rate, at least 16

	UART_STATE_TXFULL = 1 << 0
	UART_STATE_RXFULL = 1 << 1
	UART_CTRL_TXEN    = 1 << 0
	UART_CTRL_RXEN    = 1 << 1
	UART_CTRL_RXIRQEN = 1 << 3
	UART_INT_RX       = 1 << 1
)

// Interrupt numbers of the AN385 image, for runtime/interrupt.New: each UART has a
// receive and a transmit interrupt, UART0's first.
const (
	IRQ_UART0RX = 0
	IRQ_UART0TX = 1
)

// The CMSDK AHB GPIO ports, 16 pins each.
const (
	GPIO0 = 0x40010000
	GPIO1 = 0x40011000

	GPIO_DATA     = 0x000 // the pins' levels
	GPIO_DATAOUT  = 0x004 // the levels driven on output pins
	GPIO_OUTENSET = 0x010 // a 1 makes the pin an output
	GPIO_OUTENCLR = 0x014 // a 1 makes the pin an input
)
