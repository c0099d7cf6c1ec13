//go:build atmega2560

package avr

// Device is the name of the chip.
const Device = "ATmega2560"

// I/O registers of the ATmega2560 by their data-memory addresses (the datasheet's
// register summary), as lds/sts and volatile loads use them. Ports A..G sit in the
// I/O space (I/O address + 0x20), ports H..L in the extended I/O space from 0x100;
// each port has PINx, DDRx and PORTx in that order.
const (
	PINA = 0x20
	PINH = 0x100

	// USART0 has the ATmega328P's layout at the same addresses; USART1..3 follow.
	UCSR0A = 0xC0
	UCSR0B = 0xC1
	UCSR0C = 0xC2
	UBRR0L = 0xC4
	UBRR0H = 0xC5
	UDR0   = 0xC6

	UCSR0A_RXC0   = 1 << 7
	UCSR0A_UDRE0  = 1 << 5
	UCSR0B_RXCIE0 = 1 << 7
	UCSR0B_RXEN0  = 1 << 4
	UCSR0B_TXEN0  = 1 << 3
	UCSR0C_8N1    = 3 << 1 // UCSZ01:0 = 3, 8 data bits, no parity, 1 stop bit

	// USART1..3: the same seven registers from UCSRnA (UCSRnA, B, C, reserved, UBRRnL,
	// UBRRnH, UDRn).
	UCSR1A = 0xC8
	UCSR2A = 0xD0
	UCSR3A = 0x130
)
