//go:build atmega328p

package avr

// Device is the name of the chip.
const Device = "ATmega328P"

// I/O registers of the ATmega328P by their data-memory addresses (the datasheet's
// register summary; I/O address + 0x20), as lds/sts and volatile loads use them.
const (
	PINB  = 0x23
	DDRB  = 0x24
	PORTB = 0x25
	PINC  = 0x26
	DDRC  = 0x27
	PORTC = 0x28
	PIND  = 0x29
	DDRD  = 0x2A
	PORTD = 0x2B

	UCSR0A = 0xC0
	UCSR0B = 0xC1
	UCSR0C = 0xC2
	UBRR0L = 0xC4
	UBRR0H = 0xC5
	UDR0   = 0xC6

	UCSR0A_RXC0  = 1 << 7
	UCSR0A_UDRE0 = 1 << 5
	UCSR0B_RXEN0 = 1 << 4
	UCSR0B_TXEN0 = 1 << 3
	UCSR0C_8N1   = 3 << 1 // UCSZ01:0 = 3, 8 data bits, no parity, 1 stop bit
)
