//go:build nrf52833

package nrf

// The registers of the Nordic nRF52833 that package machine uses, as its product
// specification (v1.x) gives them; the names are the nRF51's (nrf51.go) where the
// register is the same. Registers are addresses: read and write them with package
// runtime/volatile.

// Device is the name of the chip.
const Device = "nrf52833"

// GPIO: port P0 (32 pins) and port P1 (10 pins, P1.00-P1.09), 0x300 apart, each laid
// out as the nRF51's single port. The offsets are added to a port's base.
const (
	GPIO_P0       = 0x50000000
	GPIO_P1       = 0x50000300
	GPIO_PORT     = GPIO_P1 - GPIO_P0 // distance between the ports
	GPIO_OUTSET   = 0x508
	GPIO_OUTCLR   = 0x50C
	GPIO_IN       = 0x510
	GPIO_PIN_CNF0 = 0x700 // PIN_CNF[n] at GPIO_PIN_CNF0 + 4*n

	GPIO_PIN_CNF_DIR_Output       = 1 << 0
	GPIO_PIN_CNF_INPUT_Disconnect = 1 << 1
	GPIO_PIN_CNF_PULL_Pulldown    = 1 << 2
	GPIO_PIN_CNF_PULL_Pullup      = 3 << 2
)

// UART0, the legacy UART without EasyDMA, at the nRF51's address with its registers.
// Its PSEL registers hold the pin (bits 0-4), the port (bit 5) and CONNECT (bit 31,
// 0: connected; the reset value 0xFFFFFFFF is disconnected).
const (
	UART0                = 0x40002000
	UART0_TASKS_STARTRX  = UART0 + 0x000
	UART0_TASKS_STARTTX  = UART0 + 0x008
	UART0_EVENTS_RXDRDY  = UART0 + 0x108
	UART0_EVENTS_TXDRDY  = UART0 + 0x11C
	UART0_EVENTS_ERROR   = UART0 + 0x124
	UART0_EVENTS_RXTO    = UART0 + 0x144
	UART0_INTENSET       = UART0 + 0x304
	UART0_INTENCLR       = UART0 + 0x308
	UART0_ENABLE         = UART0 + 0x500
	UART0_PSELTXD        = UART0 + 0x50C
	UART0_PSELRXD        = UART0 + 0x514
	UART0_RXD            = UART0 + 0x518
	UART0_TXD            = UART0 + 0x51C
	UART0_BAUDRATE       = UART0 + 0x524
	UART_ENABLE_Enabled  = 4
	UART_INTEN_RXDRDY    = 1 << 2
	UART_BAUDRATE_115200 = 0x01D7E000
)

// GPIOTE: eight channels that each watch one pin for an edge (event mode); CONFIG's
// PSEL field is bits 8-12 with the port in bit 13.
const (
	GPIOTE_CHANNELS          = 8
	GPIOTE                   = 0x40006000
	GPIOTE_EVENTS_IN0        = GPIOTE + 0x100 // [8]
	GPIOTE_INTENSET          = GPIOTE + 0x304
	GPIOTE_INTENCLR          = GPIOTE + 0x308
	GPIOTE_CONFIG0           = GPIOTE + 0x510 // [8]
	GPIOTE_CONFIG_MODE_Event = 1
	GPIOTE_CONFIG_PSEL_Pos   = 8
	GPIOTE_CONFIG_POL_Pos    = 16
	GPIOTE_POLARITY_LoToHi   = 1
	GPIOTE_POLARITY_HiToLo   = 2
	GPIOTE_POLARITY_Toggle   = 3
)

// Interrupt numbers of the nRF52833 (product specification, instantiation table: the
// peripheral's ID), for runtime/interrupt.New.
const (
	IRQ_POWER_CLOCK = 0
	IRQ_RADIO       = 1
	IRQ_UART0       = 2
	IRQ_SPI0_TWI0   = 3
	IRQ_SPI1_TWI1   = 4
	IRQ_NFCT        = 5
	IRQ_GPIOTE      = 6
	IRQ_SAADC       = 7
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
	IRQ_COMP_LPCOMP = 19
)
