//go:build nrf51

// Package nrf holds the peripheral register addresses and bit fields of the Nordic
// nRF51 series that package machine and the runtime use, as the nRF51 Series
// Reference Manual (v3.0) gives them. Registers are addresses: read and write them
// with package runtime/volatile.
package nrf

// Device is the name of the chip.
const Device = "nrf51"

// GPIO: the single port P0 with 32 pins.
const (
	GPIO          = 0x50000000
	GPIO_OUT      = GPIO + 0x504
	GPIO_OUTSET   = GPIO + 0x508
	GPIO_OUTCLR   = GPIO + 0x50C
	GPIO_IN       = GPIO + 0x510
	GPIO_DIR      = GPIO + 0x514
	GPIO_DIRSET   = GPIO + 0x518
	GPIO_DIRCLR   = GPIO + 0x51C
	GPIO_PIN_CNF0 = GPIO + 0x700 // PIN_CNF[n] at GPIO_PIN_CNF0 + 4*n

	GPIO_PIN_CNF_DIR_Output       = 1 << 0
	GPIO_PIN_CNF_INPUT_Disconnect = 1 << 1
	GPIO_PIN_CNF_PULL_Pulldown    = 1 << 2
	GPIO_PIN_CNF_PULL_Pullup      = 3 << 2
)

// UART0.
const (
	UART0                  = 0x40002000
	UART0_TASKS_STARTRX    = UART0 + 0x000
	UART0_TASKS_STARTTX    = UART0 + 0x008
	UART0_EVENTS_RXDRDY    = UART0 + 0x108
	UART0_EVENTS_TXDRDY    = UART0 + 0x11C
	UART0_ENABLE           = UART0 + 0x500
	UART0_PSELTXD          = UART0 + 0x50C
	UART0_PSELRXD          = UART0 + 0x514
	UART0_RXD              = UART0 + 0x518
	UART0_TXD              = UART0 + 0x51C
	UART0_BAUDRATE         = UART0 + 0x524
	UART_ENABLE_Enabled    = 4
	UART_BAUDRATE_Baud9600 = 0x00275000
	UART_BAUDRATE_115200   = 0x01D7E000
)
