//go:build atmega328p

package avr

// ADC, timers 0 and 2, TWI and SPI of the ATmega328P, by their data-memory addresses
// and bit positions as the datasheet's register summary gives them. (Timer1 is the
// runtime's clock.)
const (
	ADCL   = 0x78
	ADCH   = 0x79
	ADCSRA = 0x7A
	ADMUX  = 0x7C
	DIDR0  = 0x7E

	ADCSRA_ADEN        = 1 << 7
	ADCSRA_ADSC        = 1 << 6
	ADCSRA_ADPS_DIV128 = 7 // 16 MHz / 128 = 125 kHz, within the 50..200 kHz the datasheet asks for
	ADMUX_REFS_AVCC    = 1 << 6

	TCCR0A = 0x44
	TCCR0B = 0x45
	TCNT0  = 0x46
	OCR0A  = 0x47
	OCR0B  = 0x48
	TCCR2A = 0xB0
	TCCR2B = 0xB1
	TCNT2  = 0xB2
	OCR2A  = 0xB3
	OCR2B  = 0xB4

	TCCRA_COMA_Pos    = 6 // COMnA1:0, COMnB1:0 at 4
	TCCRA_COMB_Pos    = 4
	TCCRA_COM_Clear   = 2 // non-inverting: set at BOTTOM, cleared at the compare match
	TCCRA_COM_Set     = 3 // inverting
	TCCRA_WGM_FastPWM = 3 // WGMn1:0 = 3, WGMn2 = 0: fast PWM, TOP = 0xFF

	TWBR = 0xB8
	TWSR = 0xB9
	TWDR = 0xBB
	TWCR = 0xBC

	TWCR_TWINT = 1 << 7
	TWCR_TWEA  = 1 << 6
	TWCR_TWSTA = 1 << 5
	TWCR_TWSTO = 1 << 4
	TWCR_TWEN  = 1 << 2

	// TWSR status codes (prescaler bits masked off) of a master
	TW_START        = 0x08
	TW_REP_START    = 0x10
	TW_MT_SLA_ACK   = 0x18
	TW_MT_SLA_NACK  = 0x20
	TW_MT_DATA_ACK  = 0x28
	TW_MT_DATA_NACK = 0x30
	TW_MR_SLA_ACK   = 0x40
	TW_MR_SLA_NACK  = 0x48
	TW_MR_DATA_ACK  = 0x50
	TW_MR_DATA_NACK = 0x58

	SPCR = 0x4C
	SPSR = 0x4D
	SPDR = 0x4E

	SPCR_SPE   = 1 << 6
	SPCR_DORD  = 1 << 5
	SPCR_MSTR  = 1 << 4
	SPCR_CPOL  = 1 << 3
	SPCR_CPHA  = 1 << 2
	SPSR_SPIF  = 1 << 7
	SPSR_SPI2X = 1 << 0
)
