//go:build nrf

// Package nrf holds the peripheral register addresses and bit fields of the Nordic
// chips that package machine and the runtime use: the nRF51 (nRF51 Series Reference
// Manual v3.0) and the nRF52833 (its product specification). This file has what the
// two share, the same registers at the same addresses: UART0, GPIOTE and the bits of a
// pin's PIN_CNF; nrf51.go and nrf52833.go have the rest. Registers are addresses: read
// and write them with package runtime/volatile.
package nrf

// The bits of a GPIO pin's PIN_CNF register.
const (
	GPIO_PIN_CNF_DIR_Output       = 1 << 0
	GPIO_PIN_CNF_INPUT_Disconnect = 1 << 1
	GPIO_PIN_CNF_PULL_Pulldown    = 1 << 2
	GPIO_PIN_CNF_PULL_Pullup      = 3 << 2
)

// UART0 (on the nRF52833 the legacy UART without EasyDMA). The nRF52's PSEL registers
// hold the pin (bits 0-4), the port (bit 5) and CONNECT (bit 31, 0: connected; the
// reset value 0xFFFFFFFF is disconnected); the nRF51's the pin only.
const (
	UART0                  = 0x40002000
	UART0_TASKS_STARTRX    = UART0 + 0x000
	UART0_TASKS_STARTTX    = UART0 + 0x008
	UART0_EVENTS_RXDRDY    = UART0 + 0x108
	UART0_EVENTS_TXDRDY    = UART0 + 0x11C
	UART0_EVENTS_ERROR     = UART0 + 0x124
	UART0_EVENTS_RXTO      = UART0 + 0x144
	UART0_INTENSET         = UART0 + 0x304
	UART0_INTENCLR         = UART0 + 0x308
	UART0_ENABLE           = UART0 + 0x500
	UART0_PSELTXD          = UART0 + 0x50C
	UART0_PSELRXD          = UART0 + 0x514
	UART0_RXD              = UART0 + 0x518
	UART0_TXD              = UART0 + 0x51C
	UART0_BAUDRATE         = UART0 + 0x524
	UART_ENABLE_Enabled    = 4
	UART_INTEN_RXDRDY      = 1 << 2
	UART_BAUDRATE_Baud9600 = 0x00275000
	UART_BAUDRATE_115200   = 0x01D7E000
)

// GPIOTE: channels (GPIOTE_CHANNELS, per chip) that each watch one pin for an edge
// (event mode). CONFIG's PSEL field starts at bit 8 (on the nRF52 with the port in its
// bit 5).
const (
	GPIOTE                   = 0x40006000
	GPIOTE_EVENTS_IN0        = GPIOTE + 0x100 // [GPIOTE_CHANNELS]
	GPIOTE_EVENTS_PORT       = GPIOTE + 0x17C
	GPIOTE_INTENSET          = GPIOTE + 0x304
	GPIOTE_INTENCLR          = GPIOTE + 0x308
	GPIOTE_CONFIG0           = GPIOTE + 0x510 // [GPIOTE_CHANNELS]
	GPIOTE_CONFIG_MODE_Event = 1
	GPIOTE_CONFIG_PSEL_Pos   = 8
	GPIOTE_CONFIG_POL_Pos    = 16
	GPIOTE_POLARITY_LoToHi   = 1
	GPIOTE_POLARITY_HiToLo   = 2
	GPIOTE_POLARITY_Toggle   = 3
)

// Interrupt numbers the two chips share (the peripheral IDs of their instantiation
// tables), for runtime/interrupt.New; each chip's file has the others.
const (
	IRQ_POWER_CLOCK = 0
	IRQ_RADIO       = 1
	IRQ_UART0       = 2
	IRQ_SPI0_TWI0   = 3
	IRQ_SPI1_TWI1   = 4
	IRQ_GPIOTE      = 6
	IRQ_TIMER0      = 8
	IRQ_TIMER1      = 9
	IRQ_TIMER2      = 10
	IRQ_RTC0        = 11
	IRQ_TEMP        = 12
	IRQ_RNG         = 13
	IRQ_ECB         = 14
	IRQ_CCM_AAR     = 15
	IRQ_WDT         = 16
	IRQ_RTC1        = 17
	IRQ_QDEC        = 18
)
