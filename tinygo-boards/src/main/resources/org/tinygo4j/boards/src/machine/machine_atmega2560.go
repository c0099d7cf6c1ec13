//go:build atmega2560

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
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

// enableReceiveInterrupt enables USART0's receive-complete interrupt, whose handler
// moves the received byte into the ring buffer, and interrupts globally.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint8(reg8(avr.UCSR0B), volatile.LoadUint8(reg8(avr.UCSR0B))|avr.UCSR0B_RXCIE0)
	interrupt.New(avr.IRQ_USART0_RX, func(interrupt.Interrupt) {
		UART0.receive()
	}).Enable()
}
