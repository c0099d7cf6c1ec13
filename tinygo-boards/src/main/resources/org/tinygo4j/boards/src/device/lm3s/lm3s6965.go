//go:build lm3s6965

// Package lm3s holds the peripheral register addresses and bit fields of the Texas
// Instruments (Luminary Micro) Stellaris LM3S6965 that package machine uses, as its
// datasheet gives them. Registers are addresses: read and write them with package
// runtime/volatile.
package lm3s

// Device is the name of the chip.
const Device = "LM3S6965"

// System control: run-mode clock gating for the GPIO ports (bit n: port n, A = 0).
const SYSCTL_RCGC2 = 0x400FE108

// GPIO ports A to G. The data register is masked by address: a write to
// base + (mask << 2) changes only the pins in mask, a read there returns only them.
const (
	GPIO_PORTA = 0x40004000
	GPIO_PORTB = 0x40005000
	GPIO_PORTC = 0x40006000
	GPIO_PORTD = 0x40007000
	GPIO_PORTE = 0x40024000
	GPIO_PORTF = 0x40025000
	GPIO_PORTG = 0x40026000

	GPIO_DATA  = 0x000
	GPIO_DIR   = 0x400
	GPIO_AFSEL = 0x420
	GPIO_PUR   = 0x510
	GPIO_PDR   = 0x514
	GPIO_DEN   = 0x51C
)

// UART0 (a PrimeCell UART, PL011).
const (
	UART0           = 0x4000C000
	UART_DR         = 0x000
	UART_FR         = 0x018
	UART_IBRD       = 0x024
	UART_FBRD       = 0x028
	UART_LCRH       = 0x02C
	UART_CTL        = 0x030
	UART_FR_RXFE    = 1 << 4
	UART_FR_TXFF    = 1 << 5
	UART_LCRH_WLEN8 = 3 << 5
	UART_LCRH_FEN   = 1 << 4
	UART_CTL_UARTEN = 1 << 0
	UART_CTL_TXE    = 1 << 8
	UART_CTL_RXE    = 1 << 9
)
