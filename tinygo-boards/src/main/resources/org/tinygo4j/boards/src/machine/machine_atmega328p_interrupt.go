//go:build atmega328p

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the ATmega328P: USART0's receive complete fills the receive buffer;
// the external interrupts INT0 (PD2, the Uno's D2) and INT1 (PD3, D3) serve
// Pin.SetInterrupt.

// enableReceiveInterrupt enables USART0's receive-complete interrupt, whose handler
// moves the received byte into the ring buffer, and interrupts globally.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint8(reg8(avr.UCSR0B), volatile.LoadUint8(reg8(avr.UCSR0B))|avr.UCSR0B_RXCIE0)
	interrupt.New(avr.IRQ_USART_RX, func(interrupt.Interrupt) {
		UART0.receive()
	}).Enable()
}

// The edges a pin interrupt waits for (EICRA's sense values).
const (
	PinToggle  PinChange = 1
	PinFalling PinChange = 2
	PinRising  PinChange = 3
)

// pinInterruptSlots: INT0 and INT1.
const pinInterruptSlots = 2

// SetInterrupt calls callback (from the pin's external interrupt) at every change of
// its input of the given kind; a nil callback stops it. Only PD2 (INT0) and PD3
// (INT1) have one: other pins get ErrNoPinChangeChannel. See pinCallbacks for what a
// callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if p != PD2 && p != PD3 {
		return ErrNoPinChangeChannel
	}
	line := uint8(p - PD2)
	pinInterrupts.pins[line] = p
	pinInterrupts.callbacks[line] = callback
	eimsk := volatile.LoadUint8(reg8(avr.EIMSK)) &^ (1 << line)
	volatile.StoreUint8(reg8(avr.EIMSK), eimsk)
	if callback == nil {
		return nil
	}
	eicra := volatile.LoadUint8(reg8(avr.EICRA)) &^ (3 << (2 * line))
	volatile.StoreUint8(reg8(avr.EICRA), eicra|uint8(change)<<(2*line))
	volatile.StoreUint8(reg8(avr.EIFR), 1<<line) // (writing one clears a flag)
	volatile.StoreUint8(reg8(avr.EIMSK), eimsk|1<<line)
	if line == 0 {
		interrupt.New(avr.IRQ_INT0, func(interrupt.Interrupt) { pinInterrupts.call(0) }).Enable()
	} else {
		interrupt.New(avr.IRQ_INT1, func(interrupt.Interrupt) { pinInterrupts.call(1) }).Enable()
	}
	return nil
}
