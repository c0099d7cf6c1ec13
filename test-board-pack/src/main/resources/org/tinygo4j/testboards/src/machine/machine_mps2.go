//go:build mps2

package machine

import (
	"device/mps2"
	"runtime/interrupt"
	"runtime/volatile"
	"unsafe"
)

// Device is the name of the chip.
const Device = mps2.Device

// CPUFrequency returns the processor clock in hertz.
func CPUFrequency() uint32 {
	return mps2.SystemClock
}

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// Pins of the two GPIO ports, 16 each: P0_0 is GPIO0's pin 0, P1_0 GPIO1's.
const (
	P0_0 Pin = iota
	P0_1
	P0_2
	P0_3
	P0_4
	P0_5
	P0_6
	P0_7
	P0_8
	P0_9
	P0_10
	P0_11
	P0_12
	P0_13
	P0_14
	P0_15
	P1_0
	P1_1
	P1_2
	P1_3
	P1_4
	P1_5
	P1_6
	P1_7
	P1_8
	P1_9
	P1_10
	P1_11
	P1_12
	P1_13
	P1_14
	P1_15
)

func (p Pin) port() (base uintptr, mask uint32) {
	if p < P1_0 {
		return mps2.GPIO0, 1 << uint8(p)
	}
	return mps2.GPIO1, 1 << uint8(p-P1_0)
}

// Configure makes the pin an output or an input; the CMSDK GPIO has no pull
// resistors, so the pull modes are plain inputs.
func (p Pin) Configure(config PinConfig) {
	base, mask := p.port()
	if config.Mode == PinOutput {
		volatile.StoreUint32(reg32(base+mps2.GPIO_OUTENSET), mask)
	} else {
		volatile.StoreUint32(reg32(base+mps2.GPIO_OUTENCLR), mask)
	}
}

// High drives an output pin high.
func (p Pin) High() {
	base, mask := p.port()
	out := reg32(base + mps2.GPIO_DATAOUT)
	volatile.StoreUint32(out, volatile.LoadUint32(out)|mask)
}

// Low drives an output pin low.
func (p Pin) Low() {
	base, mask := p.port()
	out := reg32(base + mps2.GPIO_DATAOUT)
	volatile.StoreUint32(out, volatile.LoadUint32(out)&^mask)
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	base, mask := p.port()
	return volatile.LoadUint32(reg32(base+mps2.GPIO_DATA))&mask != 0
}

// UART is the board's UART0, the one wired to the USB serial line.
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART0 is the first CMSDK UART.
var UART0 = &_UART0

var _UART0 UART

// DefaultUART is UART0.
var DefaultUART = UART0

// Configure sets the baud rate (zero: 115200) and enables sending and receiving.
// config.TX and config.RX are ignored: the pins are fixed.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(mps2.UART0+mps2.UART_CTRL), mps2.UART_CTRL_TXEN|mps2.UART_CTRL_RXEN)
	return nil
}

// SetBaudRate sets the divisor of the system clock (16 at the least, as the UART needs).
func (uart *UART) SetBaudRate(baud uint32) {
	div := CPUFrequency() / baud
	if div < 16 {
		div = 16
	}
	volatile.StoreUint32(reg32(mps2.UART0+mps2.UART_BAUDDIV), div)
}

// WriteByte waits while the transmit buffer is full and sends one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint32(reg32(mps2.UART0+mps2.UART_STATE))&mps2.UART_STATE_TXFULL != 0 {
	}
	volatile.StoreUint32(reg32(mps2.UART0+mps2.UART_DATA), uint32(c))
	return nil
}

// initDefaultUART makes UART0 ready for println at 115200 baud.
func initDefaultUART() {
	UART0.Configure(UARTConfig{})
}

// enableReceiveInterrupt enables UART0's receive interrupt, whose handler moves the
// received byte into the ring buffer (machine's uart.go asks for it on the first
// Buffered, ReadByte or Read; Configure leaves it off, so println carries no handler).
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint32(reg32(mps2.UART0+mps2.UART_CTRL), mps2.UART_CTRL_TXEN|mps2.UART_CTRL_RXEN|mps2.UART_CTRL_RXIRQEN)
	interrupt.New(mps2.IRQ_UART0RX, func(interrupt.Interrupt) {
		volatile.StoreUint32(reg32(mps2.UART0+mps2.UART_INTCLEAR), mps2.UART_INT_RX)
		UART0.receive()
	}).Enable()
}

// receiveByte takes the received byte, if there is one.
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint32(reg32(mps2.UART0+mps2.UART_STATE))&mps2.UART_STATE_RXFULL == 0 {
		return 0, false
	}
	return byte(volatile.LoadUint32(reg32(mps2.UART0 + mps2.UART_DATA))), true
}
