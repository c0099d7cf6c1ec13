// Package sifive names the peripherals of SiFive's FE310-G002 (the chip of the HiFive1
// rev B) and their registers, as the FE310-G002 manual gives them.
package sifive

// Device is the name of the chip.
const Device = "FE310"

// GPIO0: one 32-pin port; each register has one bit per pin.
const (
	GPIO0           = 0x10012000
	GPIO_INPUT_VAL  = 0x00
	GPIO_INPUT_EN   = 0x04
	GPIO_OUTPUT_EN  = 0x08
	GPIO_OUTPUT_VAL = 0x0C
	GPIO_PUE        = 0x10 // pull-up enable
	GPIO_IOF_EN     = 0x38 // the pin is driven by a peripheral (IOF0 or IOF1)
	GPIO_IOF_SEL    = 0x3C // 0: IOF0, 1: IOF1
	GPIO_OUT_XOR    = 0x40
)

// UART0 and its registers.
const (
	UART0          = 0x10013000
	UART_TXDATA    = 0x00 // write a byte; reads bit 31 set while the FIFO is full
	UART_RXDATA    = 0x04 // bit 31 set when the FIFO is empty, else the byte in bits 0-7
	UART_TXCTRL    = 0x08
	UART_RXCTRL    = 0x0C
	UART_IE        = 0x10
	UART_IP        = 0x14
	UART_DIV       = 0x18 // baud rate = bus clock / (div + 1)
	UART_TXFULL    = 1 << 31
	UART_RXEMPTY   = 1 << 31
	UART_TXCTRL_EN = 1 << 0
	UART_RXCTRL_EN = 1 << 0
	UART_IE_TXWM   = 1 << 0 // transmit FIFO below its watermark
	UART_IE_RXWM   = 1 << 1 // receive FIFO above its watermark
)

// Interrupt sources of the PLIC.
const (
	IRQ_UART0 = 3
	IRQ_UART1 = 4
)
