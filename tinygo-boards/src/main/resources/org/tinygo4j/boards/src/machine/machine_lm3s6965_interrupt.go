//go:build lm3s6965

package machine

import (
	"device/lm3s"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the LM3S6965: UART0's receive (and receive time-out) interrupt fills
// the receive buffer; every GPIO port has an interrupt for Pin.SetInterrupt.

// enableReceiveInterrupt unmasks UART0's receive interrupts, whose handler moves
// what the FIFO holds into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_IM), lm3s.UART_INT_RX|lm3s.UART_INT_RT)
	interrupt.New(lm3s.IRQ_UART0, func(interrupt.Interrupt) {
		volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_ICR), lm3s.UART_INT_RX|lm3s.UART_INT_RT)
		UART0.receive()
	}).Enable()
}

// The edges a pin interrupt waits for.
const (
	PinRising PinChange = 1 << iota
	PinFalling
	PinToggle = PinRising | PinFalling
)

// pinInterruptSlots is how many pins can have a callback at once.
const pinInterruptSlots = 8

// SetInterrupt calls callback (from the port's GPIO interrupt) at every change of the
// pin's input of the given kind; a nil callback stops it. At most eight pins can have
// one at a time (ErrNoPinChangeChannel). See pinCallbacks for what a callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if _, err := pinInterrupts.slot(p, callback); err != nil {
		return err
	}
	base, mask := p.port()
	if callback == nil {
		setBits(base+lm3s.GPIO_IM, mask, false)
		return nil
	}
	setBits(base+lm3s.GPIO_IM, mask, false)
	setBits(base+lm3s.GPIO_IS, mask, false) // edges, not levels
	setBits(base+lm3s.GPIO_IBE, mask, change == PinToggle)
	setBits(base+lm3s.GPIO_IEV, mask, change == PinRising)
	volatile.StoreUint32(reg32(base+lm3s.GPIO_ICR), mask)
	setBits(base+lm3s.GPIO_IM, mask, true)
	// One interrupt per port, each a constant for interrupt.New.
	switch p >> 3 {
	case 0:
		interrupt.New(lm3s.IRQ_GPIOA, func(interrupt.Interrupt) { gpioInterrupt(0) }).Enable()
	case 1:
		interrupt.New(lm3s.IRQ_GPIOB, func(interrupt.Interrupt) { gpioInterrupt(1) }).Enable()
	case 2:
		interrupt.New(lm3s.IRQ_GPIOC, func(interrupt.Interrupt) { gpioInterrupt(2) }).Enable()
	case 3:
		interrupt.New(lm3s.IRQ_GPIOD, func(interrupt.Interrupt) { gpioInterrupt(3) }).Enable()
	case 4:
		interrupt.New(lm3s.IRQ_GPIOE, func(interrupt.Interrupt) { gpioInterrupt(4) }).Enable()
	case 5:
		interrupt.New(lm3s.IRQ_GPIOF, func(interrupt.Interrupt) { gpioInterrupt(5) }).Enable()
	case 6:
		interrupt.New(lm3s.IRQ_GPIOG, func(interrupt.Interrupt) { gpioInterrupt(6) }).Enable()
	}
	return nil
}

// gpioInterrupt clears the port's pending pin interrupts and calls their callbacks.
func gpioInterrupt(port Pin) {
	base, _ := (port << 3).port()
	pending := volatile.LoadUint32(reg32(base + lm3s.GPIO_MIS))
	volatile.StoreUint32(reg32(base+lm3s.GPIO_ICR), pending)
	for i := 0; i < pinInterruptSlots; i++ {
		p := pinInterrupts.pins[i]
		if pinInterrupts.callbacks[i] != nil && p>>3 == port && pending&(1<<(p&7)) != 0 {
			pinInterrupts.call(i)
		}
	}
}
