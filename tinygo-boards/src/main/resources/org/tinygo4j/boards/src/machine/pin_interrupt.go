//go:build nrf || lm3s6965 || atsamd21 || atmega328p || atmega2560 || stm32f405 || rp2040

package machine

import "runtime/interrupt"

// Pin interrupts, shared by the chips that have them (the registers are in
// machine_<chip>_interrupt.go).

// PinChange is the kind of change of a pin's input that calls a SetInterrupt
// callback: PinRising, PinFalling or PinToggle (both); the values are the chip's.
type PinChange uint8

// ErrNoPinChangeChannel is what SetInterrupt returns when the chip has no free
// channel for another pin interrupt.
const ErrNoPinChangeChannel = pinError("no free pin interrupt channel")

// pinError is the type of the pin errors: constant strings (no allocation).
type pinError string

func (e pinError) Error() string {
	return string(e)
}

// pinCallbacks holds the SetInterrupt callbacks. A callback runs inside an interrupt
// handler, between two instructions of whatever goroutine ran, so, as every
// interrupt handler, it must not allocate, block or switch goroutines; it may set
// variables that goroutines read with runtime/volatile or with interrupts disabled.
type pinCallbacks struct {
	pins      [pinInterruptSlots]Pin
	callbacks [pinInterruptSlots]func(Pin)
}

var pinInterrupts pinCallbacks

// slot finds the pin's slot (taking a free one for a new callback) and stores the
// callback there; a nil callback frees it (-1: the pin had none). Interrupts are
// disabled meanwhile: a handler must not see a callback half written (a func value is
// two words).
func (pc *pinCallbacks) slot(p Pin, callback func(Pin)) (int, error) {
	state := interrupt.Disable()
	i := pc.find(p, callback != nil)
	if i >= 0 {
		pc.pins[i] = p
		pc.callbacks[i] = callback
	}
	interrupt.Restore(state)
	if i < 0 && callback != nil {
		return -1, ErrNoPinChangeChannel
	}
	return i, nil
}

// find returns the slot of p's callback, or else a free slot if free is set, or -1.
func (pc *pinCallbacks) find(p Pin, free bool) int {
	empty := -1
	for i := 0; i < pinInterruptSlots; i++ {
		if pc.callbacks[i] != nil && pc.pins[i] == p {
			return i
		}
		if pc.callbacks[i] == nil && empty < 0 {
			empty = i
		}
	}
	if !free {
		return -1
	}
	return empty
}

// call runs slot i's callback, if it has one.
func (pc *pinCallbacks) call(i int) {
	if cb := pc.callbacks[i]; cb != nil {
		cb(pc.pins[i])
	}
}
