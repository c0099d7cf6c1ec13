//go:build rp2040

package machine

import (
	"device/rp"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the RP2040: UART0's receive (and receive time-out) interrupt fills
// the receive buffer.

// enableReceiveInterrupt unmasks UART0's receive interrupts, whose handler moves
// what the FIFO holds into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_IMSC), rp.UART_INT_RX|rp.UART_INT_RT)
	interrupt.New(rp.IRQ_UART0, func(interrupt.Interrupt) {
		volatile.StoreUint32(reg32(rp.UART0+rp.UART_ICR), rp.UART_INT_RX|rp.UART_INT_RT)
		UART0.receive()
	}).Enable()
}
