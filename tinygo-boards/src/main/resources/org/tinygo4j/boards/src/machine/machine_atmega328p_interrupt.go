//go:build atmega328p

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the ATmega328P: USART0's receive complete fills the receive buffer;
// Pin.SetInterrupt uses the external interrupts INT0 (PD2, the Uno's D2) and INT1
// (PD3, D3), which the chip watches for the wanted edge, and for every other pin the
// pin change interrupt of its port (PCINT0 port B, PCINT1 port C, PCINT2 port D),
// which fires at any change of any enabled pin of the port: its handler finds which
// pins changed since it last ran and calls those whose edge matches.

// enableReceiveInterrupt enables USART0's receive-complete interrupt, whose handler
// moves the received byte into the ring buffer, and interrupts globally.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint8(reg8(avr.UCSR0B), volatile.LoadUint8(reg8(avr.UCSR0B))|avr.UCSR0B_RXCIE0)
	interrupt.New(avr.IRQ_USART_RX, func(interrupt.Interrupt) {
		UART0.receive()
	}).Enable()
}

// The edges a pin interrupt waits for (EICRA's sense values; the pin change handler
// compares the pin's new level with them).
const (
	PinToggle  PinChange = 1
	PinFalling PinChange = 2
	PinRising  PinChange = 3
)

// pinInterruptSlots: callbacks of up to four pins at once, INT0 and INT1 included.
const pinInterruptSlots = 4

// pinChanges holds the edge of each slot's callback; pinLevels the inputs of ports B,
// C and D as the pin change handler last saw them (for the enabled pins).
var (
	pinChanges [pinInterruptSlots]PinChange
	pinLevels  [3]uint8
)

// SetInterrupt calls callback (from the pin's interrupt) at every change of its input
// of the given kind; a nil callback stops it. Any pin of ports B, C and D may have
// one, up to four pins at a time (ErrNoPinChangeChannel beyond that). A change
// shorter than the handler's latency (a few microseconds) may be missed on the pin
// change interrupts. See pinCallbacks for what a callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if p > PD7 {
		return ErrNoPinChangeChannel
	}
	if p == PD2 || p == PD3 {
		return p.setExternalInterrupt(change, callback)
	}
	group := uint8(p >> 3)
	bit := uint8(1) << (p & 7)
	mask := reg8(avr.PCMSK0 + uintptr(group))
	state := interrupt.Disable()
	volatile.StoreUint8(mask, volatile.LoadUint8(mask)&^bit)
	interrupt.Restore(state)
	i, err := pinInterrupts.slot(p, callback)
	if err != nil || callback == nil {
		return err
	}
	state = interrupt.Disable()
	pinChanges[i] = change
	level := volatile.LoadUint8(reg8(avr.PINB + 3*uintptr(group)))
	pinLevels[group] = pinLevels[group]&^bit | level&bit
	volatile.StoreUint8(mask, volatile.LoadUint8(mask)|bit)
	volatile.StoreUint8(reg8(avr.PCICR), volatile.LoadUint8(reg8(avr.PCICR))|1<<group)
	interrupt.Restore(state)
	switch group {
	case 0:
		interrupt.New(avr.IRQ_PCINT0, func(interrupt.Interrupt) { pinChanged(0) }).Enable()
	case 1:
		interrupt.New(avr.IRQ_PCINT1, func(interrupt.Interrupt) { pinChanged(1) }).Enable()
	default:
		interrupt.New(avr.IRQ_PCINT2, func(interrupt.Interrupt) { pinChanged(2) }).Enable()
	}
	return nil
}

// setExternalInterrupt sets PD2's (INT0) or PD3's (INT1) callback: the chip itself
// senses the edge (EICRA).
func (p Pin) setExternalInterrupt(change PinChange, callback func(Pin)) error {
	line := uint8(p - PD2)
	eimsk := volatile.LoadUint8(reg8(avr.EIMSK)) &^ (1 << line)
	volatile.StoreUint8(reg8(avr.EIMSK), eimsk)
	if _, err := pinInterrupts.slot(p, callback); err != nil || callback == nil {
		return err
	}
	eicra := volatile.LoadUint8(reg8(avr.EICRA)) &^ (3 << (2 * line))
	volatile.StoreUint8(reg8(avr.EICRA), eicra|uint8(change)<<(2*line))
	volatile.StoreUint8(reg8(avr.EIFR), 1<<line) // (writing one clears a flag)
	volatile.StoreUint8(reg8(avr.EIMSK), eimsk|1<<line)
	if line == 0 {
		interrupt.New(avr.IRQ_INT0, func(interrupt.Interrupt) { externalInterrupt(PD2) }).Enable()
	} else {
		interrupt.New(avr.IRQ_INT1, func(interrupt.Interrupt) { externalInterrupt(PD3) }).Enable()
	}
	return nil
}

// externalInterrupt calls the callback of p (PD2 or PD3).
func externalInterrupt(p Pin) {
	if i := pinInterrupts.find(p, false); i >= 0 {
		pinInterrupts.call(i)
	}
}

// pinChanged handles the pin change interrupt of a port (0 B, 1 C, 2 D): it calls the
// callback of every enabled pin whose level changed since the last time, if the new
// level is the end of the edge the callback waits for.
func pinChanged(group uint8) {
	level := volatile.LoadUint8(reg8(avr.PINB + 3*uintptr(group)))
	enabled := volatile.LoadUint8(reg8(avr.PCMSK0 + uintptr(group)))
	changed := (level ^ pinLevels[group]) & enabled
	pinLevels[group] = level
	for i := 0; i < pinInterruptSlots; i++ {
		p := pinInterrupts.pins[i]
		bit := uint8(1) << (p & 7)
		if pinInterrupts.callbacks[i] == nil || uint8(p>>3) != group || changed&bit == 0 {
			continue
		}
		high := level&bit != 0
		if pinChanges[i] == PinRising && !high || pinChanges[i] == PinFalling && high {
			continue
		}
		pinInterrupts.call(i)
	}
}
