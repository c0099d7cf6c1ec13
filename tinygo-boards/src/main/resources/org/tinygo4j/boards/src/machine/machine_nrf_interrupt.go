//go:build nrf

package machine

import (
	"device/nrf"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the nRF51 and nRF52: UART0's RXDRDY fills the receive buffer; GPIOTE's
// channels watch a pin each for Pin.SetInterrupt.

// enableReceiveInterrupt makes every received byte raise UART0's interrupt, whose
// handler moves it into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint32(reg32(nrf.UART0_INTENSET), nrf.UART_INTEN_RXDRDY)
	interrupt.New(nrf.IRQ_UART0, func(interrupt.Interrupt) {
		UART0.receive()
	}).Enable()
}

// The edges a pin interrupt waits for (GPIOTE's POLARITY values).
const (
	PinRising  PinChange = nrf.GPIOTE_POLARITY_LoToHi
	PinFalling PinChange = nrf.GPIOTE_POLARITY_HiToLo
	PinToggle  PinChange = nrf.GPIOTE_POLARITY_Toggle
)

// pinInterruptSlots: GPIOTE's channels (four on the nRF51, eight on the nRF52833).
const pinInterruptSlots = nrf.GPIOTE_CHANNELS

// SetInterrupt calls callback (from the GPIOTE interrupt) at every change of the
// pin's input of the given kind; a nil callback stops it. It uses one of GPIOTE's
// channels per pin; ErrNoPinChangeChannel says all are taken. See pinCallbacks for
// what a callback may do. (The channel's PSEL field takes the pin number, on the
// nRF52 with its port in the field's bit 5, where a Pin of port P1 has it.)
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	ch, err := pinInterrupts.slot(p, callback)
	if err != nil || ch < 0 {
		return err
	}
	cnf := reg32(nrf.GPIOTE_CONFIG0 + 4*uintptr(ch))
	if callback == nil {
		volatile.StoreUint32(reg32(nrf.GPIOTE_INTENCLR), 1<<ch)
		volatile.StoreUint32(cnf, 0)
		return nil
	}
	volatile.StoreUint32(cnf, nrf.GPIOTE_CONFIG_MODE_Event|uint32(p)<<nrf.GPIOTE_CONFIG_PSEL_Pos|
		uint32(change)<<nrf.GPIOTE_CONFIG_POL_Pos)
	volatile.StoreUint32(reg32(nrf.GPIOTE_EVENTS_IN0+4*uintptr(ch)), 0)
	volatile.StoreUint32(reg32(nrf.GPIOTE_INTENSET), 1<<ch)
	interrupt.New(nrf.IRQ_GPIOTE, func(interrupt.Interrupt) {
		for ch := 0; ch < pinInterruptSlots; ch++ {
			ev := reg32(nrf.GPIOTE_EVENTS_IN0 + 4*uintptr(ch))
			if volatile.LoadUint32(ev) != 0 {
				volatile.StoreUint32(ev, 0)
				pinInterrupts.call(ch)
			}
		}
	}).Enable()
	return nil
}
