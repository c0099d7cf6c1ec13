//go:build atmega328p

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the ATmega328P: USART0's receive complete fills the receive buffer;
// for Pin.SetInterrupt (machine_atmega_interrupt.go) PD2 and PD3 (the Uno's D2, D3)
// have the external interrupts INT0 and INT1, and the pins of ports B, C and D are the
// pin change groups 0, 1 and 2.

// UART is USART0, the 328P's only USART.
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// usartRegisters returns the address of the USART's registers.
func (uart *UART) usartRegisters() uintptr {
	return avr.UCSR0A
}

// receiveInterrupt enables the handler of USART0's receive-complete interrupt.
func (uart *UART) receiveInterrupt() {
	interrupt.New(avr.IRQ_USART_RX, func(interrupt.Interrupt) {
		UART0.receive()
	}).Enable()
}

// externalLine returns the pin's external interrupt line, or -1.
func (p Pin) externalLine() int8 {
	if p == PD2 || p == PD3 {
		return int8(p - PD2)
	}
	return -1
}

// pinChangeBit returns the pin's pin change group and its bit in the group.
func (p Pin) pinChangeBit() (group, bit uint8, ok bool) {
	if p > PD7 {
		return 0, 0, false
	}
	return uint8(p >> 3), 1 << (p & 7), true
}

// pinChangeLevels reads a pin change group's inputs: its port's PINx.
func pinChangeLevels(group uint8) uint8 {
	return volatile.LoadUint8(reg8(avr.PINB + 3*uintptr(group)))
}

// enableExternal enables the handler of an external interrupt line.
func enableExternal(line uint8) {
	if line == 0 {
		interrupt.New(avr.IRQ_INT0, func(interrupt.Interrupt) { externalInterrupt(PD2) }).Enable()
	} else {
		interrupt.New(avr.IRQ_INT1, func(interrupt.Interrupt) { externalInterrupt(PD3) }).Enable()
	}
}
