//go:build nrf51

package nrf

// Interrupt numbers of the nRF51 (reference manual, instantiation table), for
// runtime/interrupt.New.
const (
	IRQ_POWER_CLOCK = 0
	IRQ_RADIO       = 1
	IRQ_UART0       = 2
	IRQ_SPI0_TWI0   = 3
	IRQ_SPI1_TWI1   = 4
	IRQ_GPIOTE      = 6
	IRQ_ADC         = 7
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
	IRQ_LPCOMP      = 19
	IRQ_SWI0        = 20
	IRQ_SWI1        = 21
	IRQ_SWI2        = 22
	IRQ_SWI3        = 23
	IRQ_SWI4        = 24
	IRQ_SWI5        = 25
)

// UART0's interrupt enable registers; RXDRDY is bit 2.
const (
	UART0_INTENSET     = UART0 + 0x304
	UART0_INTENCLR     = UART0 + 0x308
	UART_INTEN_RXDRDY  = 1 << 2
	UART0_EVENTS_ERROR = UART0 + 0x124
	UART0_EVENTS_RXTO  = UART0 + 0x144
)

// GPIOTE: four channels that each watch one pin for an edge (event mode).
const (
	GPIOTE_CHANNELS          = 4
	GPIOTE                   = 0x40006000
	GPIOTE_EVENTS_IN0        = GPIOTE + 0x100 // [4]
	GPIOTE_EVENTS_PORT       = GPIOTE + 0x17C
	GPIOTE_INTENSET          = GPIOTE + 0x304
	GPIOTE_INTENCLR          = GPIOTE + 0x308
	GPIOTE_CONFIG0           = GPIOTE + 0x510 // [4]
	GPIOTE_CONFIG_MODE_Event = 1
	GPIOTE_CONFIG_PSEL_Pos   = 8
	GPIOTE_CONFIG_POL_Pos    = 16
	GPIOTE_POLARITY_LoToHi   = 1
	GPIOTE_POLARITY_HiToLo   = 2
	GPIOTE_POLARITY_Toggle   = 3
)
