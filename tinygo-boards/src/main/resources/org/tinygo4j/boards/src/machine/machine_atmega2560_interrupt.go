//go:build atmega2560

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

// The ATmega2560's pins for Pin.SetInterrupt (machine_atmega_interrupt.go): the
// external interrupts INT0..INT3 on PD0..PD3 (the Mega's D21..D18) and INT4..INT7 on
// PE4..PE7 (D2, D3 and two pins the board does not bring out); the pin change groups
// PCINT0 (port B: D53..D50, D10..D13), PCINT1 (PE0 = D0, PJ0..PJ6 = D15, D14) and PCINT2
// (port K: A8..A15).

// externalLine returns the pin's external interrupt line, or -1.
func (p Pin) externalLine() int8 {
	switch {
	case p >= PD0 && p <= PD3:
		return int8(p - PD0)
	case p >= PE4 && p <= PE7:
		return int8(p-PE4) + 4
	}
	return -1
}

// pinChangeBit returns the pin's pin change group and its bit in the group.
func (p Pin) pinChangeBit() (group, bit uint8, ok bool) {
	switch {
	case p >= PB0 && p <= PB7:
		return 0, 1 << (p - PB0), true
	case p == PE0:
		return 1, 1, true
	case p >= PJ0 && p <= PJ6:
		return 1, 2 << (p - PJ0), true
	case p >= PK0 && p <= PK7:
		return 2, 1 << (p - PK0), true
	}
	return 0, 0, false
}

// pinChangeLevels reads a pin change group's inputs in its mask's bit order.
func pinChangeLevels(group uint8) uint8 {
	switch group {
	case 0:
		pin, _ := PB0.registers()
		return volatile.LoadUint8(reg8(pin))
	case 1:
		pinE, _ := PE0.registers()
		pinJ, _ := PJ0.registers()
		return volatile.LoadUint8(reg8(pinE))&1 | volatile.LoadUint8(reg8(pinJ))<<1
	}
	pin, _ := PK0.registers()
	return volatile.LoadUint8(reg8(pin))
}

// enableExternal enables the handler of an external interrupt line.
func enableExternal(line uint8) {
	switch line {
	case 0:
		interrupt.New(avr.IRQ_INT0, func(interrupt.Interrupt) { externalInterrupt(PD0) }).Enable()
	case 1:
		interrupt.New(avr.IRQ_INT1, func(interrupt.Interrupt) { externalInterrupt(PD1) }).Enable()
	case 2:
		interrupt.New(avr.IRQ_INT2, func(interrupt.Interrupt) { externalInterrupt(PD2) }).Enable()
	case 3:
		interrupt.New(avr.IRQ_INT3, func(interrupt.Interrupt) { externalInterrupt(PD3) }).Enable()
	case 4:
		interrupt.New(avr.IRQ_INT4, func(interrupt.Interrupt) { externalInterrupt(PE4) }).Enable()
	case 5:
		interrupt.New(avr.IRQ_INT5, func(interrupt.Interrupt) { externalInterrupt(PE5) }).Enable()
	case 6:
		interrupt.New(avr.IRQ_INT6, func(interrupt.Interrupt) { externalInterrupt(PE6) }).Enable()
	default:
		interrupt.New(avr.IRQ_INT7, func(interrupt.Interrupt) { externalInterrupt(PE7) }).Enable()
	}
}
