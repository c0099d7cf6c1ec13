//go:build atmega328p || atmega2560

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

// Pin interrupts of the ATmega chips. A pin with an external interrupt (INTn) uses it,
// and the chip senses the edge (two bits per line in EICRA, lines 0-3, and EICRB,
// 4-7); every other pin that belongs to a pin change group uses the group's pin change
// interrupt (PCINT0..2), which fires at any change of an enabled pin of the group: its
// handler compares the group's input with what it saw last and calls the changed pins'
// callbacks whose edge the new level ends. Which pins have which is the chip's
// (externalLine, pinChangeBit, pinChangeLevels, enableExternal in
// machine_<chip>_interrupt.go).

// The edges a pin interrupt waits for (the external interrupts' sense values; the pin
// change handler compares the pin's new level with them).
const (
	PinToggle  PinChange = 1
	PinFalling PinChange = 2
	PinRising  PinChange = 3
)

// pinInterruptSlots: callbacks of up to four pins at once, of either kind.
const pinInterruptSlots = 4

// pinChanges holds the edge of each slot's callback; pinLevels the pin change groups'
// inputs as their handler last saw them.
var (
	pinChanges [pinInterruptSlots]PinChange
	pinLevels  [3]uint8
)

// SetInterrupt calls callback (from the pin's interrupt) at every change of its input
// of the given kind; a nil callback stops it. Up to four pins may have one at a time
// (ErrNoPinChangeChannel beyond that, and for a pin with neither interrupt). A change
// shorter than the handler's latency (a few microseconds) may be missed on the pin
// change interrupts. See pinCallbacks for what a callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if line := p.externalLine(); line >= 0 {
		return p.setExternalInterrupt(uint8(line), change, callback)
	}
	group, bit, ok := p.pinChangeBit()
	if !ok {
		return ErrNoPinChangeChannel
	}
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
	pinLevels[group] = pinLevels[group]&^bit | pinChangeLevels(group)&bit
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

// setExternalInterrupt sets the callback of a pin with the external interrupt line.
func (p Pin) setExternalInterrupt(line uint8, change PinChange, callback func(Pin)) error {
	eimsk := volatile.LoadUint8(reg8(avr.EIMSK)) &^ (1 << line)
	volatile.StoreUint8(reg8(avr.EIMSK), eimsk)
	if _, err := pinInterrupts.slot(p, callback); err != nil || callback == nil {
		return err
	}
	sense := reg8(avr.EICRA + uintptr(line>>2)) // EICRB follows EICRA
	shift := 2 * (line & 3)
	volatile.StoreUint8(sense, volatile.LoadUint8(sense)&^(3<<shift)|uint8(change)<<shift)
	volatile.StoreUint8(reg8(avr.EIFR), 1<<line) // (writing one clears a flag)
	volatile.StoreUint8(reg8(avr.EIMSK), eimsk|1<<line)
	enableExternal(line)
	return nil
}

// externalInterrupt calls the callback of p, whose external interrupt fired.
func externalInterrupt(p Pin) {
	if i := pinInterrupts.find(p, false); i >= 0 {
		pinInterrupts.call(i)
	}
}

// pinChanged handles the pin change interrupt of a group: it calls the callback of
// every enabled pin whose level changed since the last time, if the new level is the
// end of the edge the callback waits for.
func pinChanged(group uint8) {
	level := pinChangeLevels(group)
	changed := (level ^ pinLevels[group]) & volatile.LoadUint8(reg8(avr.PCMSK0+uintptr(group)))
	pinLevels[group] = level
	for i := 0; i < pinInterruptSlots; i++ {
		g, bit, ok := pinInterrupts.pins[i].pinChangeBit()
		if pinInterrupts.callbacks[i] == nil || !ok || g != group || changed&bit == 0 {
			continue
		}
		high := level&bit != 0
		if pinChanges[i] == PinRising && !high || pinChanges[i] == PinFalling && high {
			continue
		}
		pinInterrupts.call(i)
	}
}
