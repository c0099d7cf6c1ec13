//go:build atmega328p

package avr

// Interrupt vector numbers of the ATmega328P (datasheet, reset and interrupt
// vectors; 0 is reset), for runtime/interrupt.New.
const (
	IRQ_INT0         = 1
	IRQ_INT1         = 2
	IRQ_PCINT0       = 3
	IRQ_PCINT1       = 4
	IRQ_PCINT2       = 5
	IRQ_WDT          = 6
	IRQ_TIMER2_COMPA = 7
	IRQ_TIMER2_COMPB = 8
	IRQ_TIMER2_OVF   = 9
	IRQ_TIMER1_CAPT  = 10
	IRQ_TIMER1_COMPA = 11
	IRQ_TIMER1_COMPB = 12
	IRQ_TIMER1_OVF   = 13
	IRQ_TIMER0_COMPA = 14
	IRQ_TIMER0_COMPB = 15
	IRQ_TIMER0_OVF   = 16
	IRQ_SPI_STC      = 17
	IRQ_USART_RX     = 18
	IRQ_USART_UDRE   = 19
	IRQ_USART_TX     = 20
	IRQ_ADC          = 21
	IRQ_EE_READY     = 22
	IRQ_ANALOG_COMP  = 23
	IRQ_TWI          = 24
	IRQ_SPM_READY    = 25
)

// External interrupts INT0 (PD2) and INT1 (PD3): EICRA's two sense bits per line
// (1 any change, 2 falling, 3 rising), the mask EIMSK and the flags EIFR; the
// USART's receive-complete interrupt enable; the sleep mode control register.
//
// Pin change interrupts PCINT0..2, one per port (B, C, D): the enables PCICR (bit n
// for group n), the flags PCIFR, and a mask register per group (PCMSK0..2, one bit per
// pin of the port, consecutive from PCMSK0).
const (
	PCIFR         = 0x3B
	EIFR          = 0x3C
	EIMSK         = 0x3D
	SMCR          = 0x53
	PCICR         = 0x68
	EICRA         = 0x69
	PCMSK0        = 0x6B
	UCSR0B_RXCIE0 = 1 << 7
	SMCR_SE       = 1 << 0
)
