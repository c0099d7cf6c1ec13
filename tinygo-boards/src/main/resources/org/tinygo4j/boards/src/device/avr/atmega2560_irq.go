//go:build atmega2560

package avr

// Interrupt vector numbers of the ATmega2560 (datasheet, "Interrupts", reset and
// interrupt vectors; 0 is reset), for runtime/interrupt.New.
const (
	IRQ_INT0         = 1
	IRQ_INT1         = 2
	IRQ_INT2         = 3
	IRQ_INT3         = 4
	IRQ_INT4         = 5
	IRQ_INT5         = 6
	IRQ_INT6         = 7
	IRQ_INT7         = 8
	IRQ_PCINT0       = 9
	IRQ_PCINT1       = 10
	IRQ_PCINT2       = 11
	IRQ_WDT          = 12
	IRQ_TIMER2_COMPA = 13
	IRQ_TIMER2_COMPB = 14
	IRQ_TIMER2_OVF   = 15
	IRQ_TIMER1_CAPT  = 16
	IRQ_TIMER1_COMPA = 17
	IRQ_TIMER1_COMPB = 18
	IRQ_TIMER1_COMPC = 19
	IRQ_TIMER1_OVF   = 20
	IRQ_TIMER0_COMPA = 21
	IRQ_TIMER0_COMPB = 22
	IRQ_TIMER0_OVF   = 23
	IRQ_SPI_STC      = 24
	IRQ_USART0_RX    = 25
	IRQ_USART0_UDRE  = 26
	IRQ_USART0_TX    = 27
	IRQ_ANALOG_COMP  = 28
	IRQ_ADC          = 29
	IRQ_EE_READY     = 30
	IRQ_TIMER3_CAPT  = 31
	IRQ_TIMER3_COMPA = 32
	IRQ_TIMER3_COMPB = 33
	IRQ_TIMER3_COMPC = 34
	IRQ_TIMER3_OVF   = 35
	IRQ_USART1_RX    = 36
	IRQ_USART1_UDRE  = 37
	IRQ_USART1_TX    = 38
	IRQ_TWI          = 39
	IRQ_SPM_READY    = 40
	IRQ_TIMER4_CAPT  = 41
	IRQ_TIMER4_COMPA = 42
	IRQ_TIMER4_COMPB = 43
	IRQ_TIMER4_COMPC = 44
	IRQ_TIMER4_OVF   = 45
	IRQ_TIMER5_CAPT  = 46
	IRQ_TIMER5_COMPA = 47
	IRQ_TIMER5_COMPB = 48
	IRQ_TIMER5_COMPC = 49
	IRQ_TIMER5_OVF   = 50
	IRQ_USART2_RX    = 51
	IRQ_USART2_UDRE  = 52
	IRQ_USART2_TX    = 53
	IRQ_USART3_RX    = 54
	IRQ_USART3_UDRE  = 55
	IRQ_USART3_TX    = 56
)

// External interrupts INT0..INT3 (PD0..PD3) and INT4..INT7 (PE4..PE7): two sense bits
// per line in EICRA (lines 0-3) and EICRB (4-7), the mask EIMSK and the flags EIFR.
// Pin change interrupts PCINT0 (port B), PCINT1 (PE0, PJ0..PJ6) and PCINT2 (port K):
// the enables PCICR, the flags PCIFR and the masks PCMSK0..2 (consecutive). The same
// addresses as the ATmega328P's.
const (
	PCIFR  = 0x3B
	EIFR   = 0x3C
	EIMSK  = 0x3D
	PCICR  = 0x68
	EICRA  = 0x69
	EICRB  = 0x6A
	PCMSK0 = 0x6B
)
