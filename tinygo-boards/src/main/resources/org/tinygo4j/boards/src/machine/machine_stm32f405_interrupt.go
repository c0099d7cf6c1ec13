//go:build stm32f405

package machine

import (
	"device/stm32"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the STM32F405: USART1's RXNE fills the receive buffer; the EXTI's
// lines 0-15 (line n watches pin n of the port SYSCFG chooses) serve Pin.SetInterrupt.

// enableReceiveInterrupt enables USART1's receive interrupt, whose handler moves the
// received byte into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	setField(usart+stm32.USART_CR1, 5, 1, 1) // RXNEIE
	interrupt.New(stm32.IRQ_USART1, func(interrupt.Interrupt) {
		UART1.receive()
	}).Enable()
}

// The edges a pin interrupt waits for (bit 0: rising, bit 1: falling trigger).
const (
	PinRising PinChange = 1 << iota
	PinFalling
	PinToggle = PinRising | PinFalling
)

// pinInterruptSlots: one per EXTI line.
const pinInterruptSlots = 16

// SetInterrupt calls callback (from the EXTI interrupt of the pin's line) at every
// change of its input of the given kind; a nil callback stops it. Line n serves pin n
// of one port only, so PA3 and PB3 cannot both have one (ErrNoPinChangeChannel). See
// pinCallbacks for what a callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	line := uint32(p & 15)
	if pinInterrupts.callbacks[line] != nil && pinInterrupts.pins[line] != p && callback != nil {
		return ErrNoPinChangeChannel
	}
	setField(stm32.EXTI_IMR, line, 1, 0)
	pinInterrupts.pins[line] = p
	pinInterrupts.callbacks[line] = callback
	if callback == nil {
		return nil
	}
	setField(stm32.RCC_APB2ENR, 14, 1, 1) // SYSCFG's clock
	setField(stm32.SYSCFG_EXTICR1+4*uintptr(line/4), 4*(line%4), 4, uint32(p>>4))
	setField(stm32.EXTI_RTSR, line, 1, uint32(change&PinRising))
	setField(stm32.EXTI_FTSR, line, 1, uint32(change&PinFalling)>>1)
	volatile.StoreUint32(reg32(stm32.EXTI_PR), 1<<line)
	setField(stm32.EXTI_IMR, line, 1, 1)
	// Lines 0-4 have an interrupt each, 5-9 and 10-15 share one.
	switch {
	case line == 0:
		interrupt.New(stm32.IRQ_EXTI0, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	case line == 1:
		interrupt.New(stm32.IRQ_EXTI1, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	case line == 2:
		interrupt.New(stm32.IRQ_EXTI2, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	case line == 3:
		interrupt.New(stm32.IRQ_EXTI3, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	case line == 4:
		interrupt.New(stm32.IRQ_EXTI4, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	case line < 10:
		interrupt.New(stm32.IRQ_EXTI9_5, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	default:
		interrupt.New(stm32.IRQ_EXTI15_10, func(interrupt.Interrupt) { extiInterrupt() }).Enable()
	}
	return nil
}

// extiInterrupt clears the pending EXTI lines and calls their callbacks.
func extiInterrupt() {
	pending := volatile.LoadUint32(reg32(stm32.EXTI_PR)) & 0xFFFF
	volatile.StoreUint32(reg32(stm32.EXTI_PR), pending)
	for i := 0; i < pinInterruptSlots; i++ {
		if pending&(1<<i) != 0 {
			pinInterrupts.call(i)
		}
	}
}
