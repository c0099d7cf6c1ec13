//go:build rp2040

package machine

import (
	"device/rp"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the RP2040: UART0's receive (and receive time-out) interrupt fills
// the receive buffer; IO_BANK0's interrupt (core 0's) serves Pin.SetInterrupt.

// enableReceiveInterrupt unmasks UART0's receive interrupts, whose handler moves
// what the FIFO holds into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_IMSC), rp.UART_INT_RX|rp.UART_INT_RT)
	interrupt.New(rp.IRQ_UART0, func(interrupt.Interrupt) {
		volatile.StoreUint32(reg32(rp.UART0+rp.UART_ICR), rp.UART_INT_RX|rp.UART_INT_RT)
		UART0.receive()
	}).Enable()
}

// The edges a pin interrupt waits for (IO_BANK0's EDGE_HIGH and EDGE_LOW bits).
const (
	PinRising  PinChange = rp.GPIO_INT_EDGE_HIGH
	PinFalling PinChange = rp.GPIO_INT_EDGE_LOW
	PinToggle  PinChange = PinRising | PinFalling
)

// pinInterruptSlots is how many pins can have a callback at once.
const pinInterruptSlots = 8

// intReg returns the address of the register of the pin's interrupt bits in the
// block of four that starts at base, and the shift of its four bits.
func (p Pin) intReg(base uintptr) (uintptr, uint32) {
	return base + 4*uintptr(p>>3), 4 * uint32(p&7)
}

// SetInterrupt calls callback (from IO_BANK0's interrupt) at every change of the pin's
// input of the given kind; a nil callback stops it. At most eight pins can have one at
// a time (ErrNoPinChangeChannel). See pinCallbacks for what a callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if _, err := pinInterrupts.slot(p, callback); err != nil {
		return err
	}
	inte, shift := p.intReg(rp.IO_BANK0_PROC0_INTE0)
	intr, _ := p.intReg(rp.IO_BANK0_INTR0)
	volatile.StoreUint32(reg32(inte+rp.ATOMIC_CLR), 0xF<<shift)
	if callback == nil {
		return nil
	}
	volatile.StoreUint32(reg32(intr), uint32(PinToggle)<<shift) // forget earlier edges
	volatile.StoreUint32(reg32(inte+rp.ATOMIC_SET), uint32(change)<<shift)
	interrupt.New(rp.IRQ_IO_BANK0, func(interrupt.Interrupt) {
		for i := 0; i < pinInterruptSlots; i++ {
			if pinInterrupts.callbacks[i] == nil {
				continue
			}
			p := pinInterrupts.pins[i]
			ints, shift := p.intReg(rp.IO_BANK0_PROC0_INTS0)
			pending := volatile.LoadUint32(reg32(ints)) >> shift & uint32(PinToggle)
			if pending != 0 {
				intr, _ := p.intReg(rp.IO_BANK0_INTR0)
				volatile.StoreUint32(reg32(intr), pending<<shift)
				pinInterrupts.call(i)
			}
		}
	}).Enable()
	return nil
}
