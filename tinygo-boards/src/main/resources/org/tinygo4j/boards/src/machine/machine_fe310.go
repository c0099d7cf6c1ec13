//go:build fe310

package machine

import (
	"device/sifive"
	"runtime/interrupt"
	"runtime/volatile"
	"unsafe"
)

// Device is the name of the chip.
const Device = sifive.Device

// CPUFrequency returns the processor clock in hertz, which also clocks the
// peripherals: 16 MHz, the board's crystal, is assumed (this package does not set up
// the chip's clocks; qemu's sifive_e does not model them).
func CPUFrequency() uint32 {
	return 16000000
}

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// The FE310's GPIO pins are GPIO0 to GPIO31, one 32-bit port.
const (
	GPIO0 Pin = iota
	GPIO1
	GPIO2
	GPIO3
	GPIO4
	GPIO5
	GPIO6
	GPIO7
	GPIO8
	GPIO9
	GPIO10
	GPIO11
	GPIO12
	GPIO13
	GPIO14
	GPIO15
	GPIO16
	GPIO17
	GPIO18
	GPIO19
	GPIO20
	GPIO21
	GPIO22
	GPIO23
	GPIO24
	GPIO25
	GPIO26
	GPIO27
	GPIO28
	GPIO29
	GPIO30
	GPIO31
)

func setBits(addr uintptr, mask uint32, on bool) {
	v := volatile.LoadUint32(reg32(addr))
	if on {
		v |= mask
	} else {
		v &^= mask
	}
	volatile.StoreUint32(reg32(addr), v)
}

// Configure makes the pin a GPIO (not a peripheral's) and sets its direction and
// pull-up (the chip has no pull-downs: PinInputPulldown is PinInput).
func (p Pin) Configure(config PinConfig) {
	mask := uint32(1) << p
	setBits(sifive.GPIO0+sifive.GPIO_IOF_EN, mask, false)
	setBits(sifive.GPIO0+sifive.GPIO_OUT_XOR, mask, false)
	out := config.Mode == PinOutput
	setBits(sifive.GPIO0+sifive.GPIO_OUTPUT_EN, mask, out)
	setBits(sifive.GPIO0+sifive.GPIO_INPUT_EN, mask, !out)
	setBits(sifive.GPIO0+sifive.GPIO_PUE, mask, config.Mode == PinInputPullup)
}

// High drives the pin high. The port's output register is read, changed and written
// back: the FE310 has no set or clear registers.
func (p Pin) High() {
	setBits(sifive.GPIO0+sifive.GPIO_OUTPUT_VAL, uint32(1)<<p, true)
}

// Low drives the pin low.
func (p Pin) Low() {
	setBits(sifive.GPIO0+sifive.GPIO_OUTPUT_VAL, uint32(1)<<p, false)
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	return volatile.LoadUint32(reg32(sifive.GPIO0+sifive.GPIO_INPUT_VAL))&(uint32(1)<<p) != 0
}

// UART is the FE310's UART0 (UART1 is not supported yet).
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART0 is the chip's first UART, on GPIO16 (RX) and GPIO17 (TX).
var UART0 = &_UART0

var _UART0 UART

// DefaultUART is UART0.
var DefaultUART = UART0

// Configure hands GPIO16 and GPIO17 to UART0 (IOF0), sets the baud rate (zero:
// 115200), enables the transmitter and the receiver, 8N1, and the receive interrupt.
// config.TX and config.RX are ignored.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	pins := uint32(1)<<UART_RX_PIN | uint32(1)<<UART_TX_PIN
	setBits(sifive.GPIO0+sifive.GPIO_IOF_SEL, pins, false)
	setBits(sifive.GPIO0+sifive.GPIO_IOF_EN, pins, true)
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_TXCTRL), sifive.UART_TXCTRL_EN)
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_RXCTRL), sifive.UART_RXCTRL_EN)
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the divisor: baud = clock / (div + 1), rounded to the nearest.
func (uart *UART) SetBaudRate(baud uint32) {
	div := (CPUFrequency()+baud/2)/baud - 1
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_DIV), div)
}

// WriteByte waits while the transmit FIFO is full and queues one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint32(reg32(sifive.UART0+sifive.UART_TXDATA))&sifive.UART_TXFULL != 0 {
	}
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_TXDATA), uint32(c))
	return nil
}

// initDefaultUART starts the transmitter only, at 115200 baud on UART_TX_PIN: what
// println needs, in as few instructions as possible (the divisor from CPUFrequency,
// rounded: 138).
func initDefaultUART() {
	setBits(sifive.GPIO0+sifive.GPIO_IOF_SEL, uint32(1)<<UART_TX_PIN, false)
	setBits(sifive.GPIO0+sifive.GPIO_IOF_EN, uint32(1)<<UART_TX_PIN, true)
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_DIV), 138)
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_TXCTRL), sifive.UART_TXCTRL_EN)
}

// enableReceiveInterrupt makes UART0 raise its receive-watermark interrupt while its
// receive FIFO holds more than 0 bytes (rxctrl's rxcnt 0), through the PLIC (source
// 3), whose handler moves what the FIFO holds into the ring buffer; reading the FIFO
// empty ends the interrupt.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_RXCTRL), sifive.UART_RXCTRL_EN)
	volatile.StoreUint32(reg32(sifive.UART0+sifive.UART_IE), sifive.UART_IE_RXWM)
	interrupt.New(sifive.IRQ_UART0, func(interrupt.Interrupt) {
		UART0.receive()
	}).Enable()
}

// receiveByte takes one byte from the receive FIFO, if it is not empty.
func (uart *UART) receiveByte() (byte, bool) {
	v := volatile.LoadUint32(reg32(sifive.UART0 + sifive.UART_RXDATA))
	if v&sifive.UART_RXEMPTY != 0 {
		return 0, false
	}
	return byte(v), true
}
