//go:build atmega2560

package machine

import (
	"device/avr"
	"runtime/interrupt"
)

// Pins of ports A..L (there is no port I; port G has six pins, PG0..PG5), numbered
// port * 8 + bit with the ports counted A = 0 .. H = 7, J = 8, K = 9, L = 10.
const (
	PA0 Pin = iota
	PA1
	PA2
	PA3
	PA4
	PA5
	PA6
	PA7
	PB0
	PB1
	PB2
	PB3
	PB4
	PB5
	PB6
	PB7
	PC0
	PC1
	PC2
	PC3
	PC4
	PC5
	PC6
	PC7
	PD0
	PD1
	PD2
	PD3
	PD4
	PD5
	PD6
	PD7
	PE0
	PE1
	PE2
	PE3
	PE4
	PE5
	PE6
	PE7
	PF0
	PF1
	PF2
	PF3
	PF4
	PF5
	PF6
	PF7
	PG0
	PG1
	PG2
	PG3
	PG4
	PG5
)

const (
	PH0 Pin = iota + 7*8
	PH1
	PH2
	PH3
	PH4
	PH5
	PH6
	PH7
	PJ0
	PJ1
	PJ2
	PJ3
	PJ4
	PJ5
	PJ6
	PJ7
	PK0
	PK1
	PK2
	PK3
	PK4
	PK5
	PK6
	PK7
	PL0
	PL1
	PL2
	PL3
	PL4
	PL5
	PL6
	PL7
)

// registers returns the addresses of the pin's PINx register (DDRx and PORTx follow
// it) and the pin's bit: ports A..G from PINA in the I/O space, H..L from PINH in the
// extended I/O space.
func (p Pin) registers() (pin uintptr, mask uint8) {
	port := uintptr(p >> 3)
	if port < 7 {
		return avr.PINA + 3*port, 1 << (p & 7)
	}
	return avr.PINH + 3*(port-7), 1 << (p & 7)
}

// UART is one of the USARTs. UART1..3 carry their number in a field; UART0 is known by
// its address, so that a program using only UART0 reads no field of it and keeps none
// of its memory unless it receives (println's output allocates no UART), and a program
// using one USART keeps none of the others.
type UART struct {
	rx    RingBuffer // what was received, not yet read
	usart uint8
}

// USART1..3 (USART0 is UART0, machine_atmega.go). Their pins are fixed: on the Mega
// TX1/RX1 are D18/D19 (PD3/PD2), TX2/RX2 D16/D17 (PH1/PH0), TX3/RX3 D14/D15 (PJ1/PJ0).
var (
	UART1 = &_UART1
	UART2 = &_UART2
	UART3 = &_UART3

	_UART1 = UART{usart: 1}
	_UART2 = UART{usart: 2}
	_UART3 = UART{usart: 3}
)

// usartRegisters returns the address of the USART's registers (UCSRnA).
func (uart *UART) usartRegisters() uintptr {
	if uart == &_UART0 || uart == nil { // (nil: as the Uno's USART0, with no field to read)
		return avr.UCSR0A
	}
	switch uart.usart {
	case 1:
		return avr.UCSR1A
	case 2:
		return avr.UCSR2A
	}
	return avr.UCSR3A
}

// receiveInterrupt enables the handler of the USART's receive-complete interrupt.
func (uart *UART) receiveInterrupt() {
	if uart == &_UART0 || uart == nil {
		interrupt.New(avr.IRQ_USART0_RX, func(interrupt.Interrupt) { UART0.receive() }).Enable()
		return
	}
	switch uart.usart {
	case 1:
		interrupt.New(avr.IRQ_USART1_RX, func(interrupt.Interrupt) { UART1.receive() }).Enable()
	case 2:
		interrupt.New(avr.IRQ_USART2_RX, func(interrupt.Interrupt) { UART2.receive() }).Enable()
	default:
		interrupt.New(avr.IRQ_USART3_RX, func(interrupt.Interrupt) { UART3.receive() }).Enable()
	}
}
