//go:build atmega

package machine

// What the ATmega chips share: their ports (PINx, DDRx and PORTx at consecutive
// addresses; the chip's file gives each pin's) and the USARTs, whose registers have
// the same layout (USART0 at the same addresses on the ATmega328P and the ATmega2560).

import (
	"device/avr"
	"runtime/volatile"
	"unsafe"
)

// Device is the name of the chip.
const Device = avr.Device

// CPUFrequency returns the processor clock in hertz (the 16 MHz crystal of the Uno and
// the Mega).
func CPUFrequency() uint32 {
	return 16000000
}

func reg8(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

// Configure sets the pin's direction (DDRx) and, for inputs, its pull-up (PORTx).
// The ATmega chips have no pull-down resistors: PinInputPulldown is a plain input.
func (p Pin) Configure(config PinConfig) {
	pin, mask := p.registers()
	ddr, port := reg8(pin+1), reg8(pin+2)
	if config.Mode == PinOutput {
		volatile.StoreUint8(ddr, volatile.LoadUint8(ddr)|mask)
		return
	}
	volatile.StoreUint8(ddr, volatile.LoadUint8(ddr)&^mask)
	if config.Mode == PinInputPullup {
		volatile.StoreUint8(port, volatile.LoadUint8(port)|mask)
	} else {
		volatile.StoreUint8(port, volatile.LoadUint8(port)&^mask)
	}
}

// High drives the pin high.
func (p Pin) High() {
	pin, mask := p.registers()
	port := reg8(pin + 2)
	volatile.StoreUint8(port, volatile.LoadUint8(port)|mask)
}

// Low drives the pin low.
func (p Pin) Low() {
	pin, mask := p.registers()
	port := reg8(pin + 2)
	volatile.StoreUint8(port, volatile.LoadUint8(port)&^mask)
}

// Get reads the pin's level (PINx).
func (p Pin) Get() bool {
	pin, mask := p.registers()
	return volatile.LoadUint8(reg8(pin))&mask != 0
}

// UART (its type is the chip's) is one of the chip's USARTs: USART0 on both chips,
// USART1..3 on the ATmega2560 (machine_atmega2560.go). Their registers have one
// layout, from UCSRnA (the chip's usartRegisters gives its address): UCSRnA, UCSRnB,
// UCSRnC, a reserved byte, UBRRnL, UBRRnH, UDRn.

// The USART registers' offsets from UCSRnA.
const (
	usartStatus   = 0 // UCSRnA
	usartControl  = 1 // UCSRnB
	usartFormat   = 2 // UCSRnC
	usartBaudLow  = 4 // UBRRnL
	usartBaudHigh = 5 // UBRRnH
	usartData     = 6 // UDRn
)

// UART0 is USART0.
var UART0 = &_UART0

var _UART0 UART

// DefaultUART is the UART on the board's serial pins.
var DefaultUART = UART0

// register returns the USART's register at the given offset.
func (uart *UART) register(offset uintptr) *uint8 {
	return reg8(uart.usartRegisters() + offset)
}

// Configure sets the baud rate (zero: 115200), 8 data bits, no parity, one stop bit,
// and enables the transmitter and the receiver. A USART's pins are fixed (USART0: the
// board's D1 TX and D0 RX), so config.TX and config.RX are ignored.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint8(uart.register(usartFormat), avr.UCSR0C_8N1)
	volatile.StoreUint8(uart.register(usartControl), avr.UCSR0B_TXEN0|avr.UCSR0B_RXEN0)
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets UBRRn = F_CPU / (16 * baud) - 1, rounded to the nearest.
func (uart *UART) SetBaudRate(baud uint32) {
	ubrr := (CPUFrequency()/(8*baud)+1)/2 - 1
	volatile.StoreUint8(uart.register(usartBaudHigh), uint8(ubrr>>8))
	volatile.StoreUint8(uart.register(usartBaudLow), uint8(ubrr))
}

// WriteByte waits until the data register is empty and sends one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint8(uart.register(usartStatus))&avr.UCSR0A_UDRE0 == 0 {
	}
	volatile.StoreUint8(uart.register(usartData), c)
	return nil
}

// initDefaultUART starts the transmitter only, at 115200 baud (UBRR0 = 8): what
// println needs.
func initDefaultUART() {
	volatile.StoreUint8(reg8(avr.UBRR0H), 0)
	volatile.StoreUint8(reg8(avr.UBRR0L), 8)
	volatile.StoreUint8(reg8(avr.UCSR0C), avr.UCSR0C_8N1)
	volatile.StoreUint8(reg8(avr.UCSR0B), avr.UCSR0B_TXEN0)
}

// receiveByte takes one byte from the receiver, if it has one (RXCn).
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint8(uart.register(usartStatus))&avr.UCSR0A_RXC0 == 0 {
		return 0, false
	}
	return volatile.LoadUint8(uart.register(usartData)), true
}

// enableReceiveInterrupt enables the USART's receive-complete interrupt (RXCIEn),
// whose handler (the chip's receiveInterrupt) moves the received byte into the ring
// buffer, and interrupts globally.
func (uart *UART) enableReceiveInterrupt() {
	control := uart.register(usartControl)
	volatile.StoreUint8(control, volatile.LoadUint8(control)|avr.UCSR0B_RXCIE0)
	uart.receiveInterrupt()
}
