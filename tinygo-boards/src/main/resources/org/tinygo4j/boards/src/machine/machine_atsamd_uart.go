//go:build sam

package machine

import (
	"device/sam"
	"runtime/interrupt"
	"runtime/volatile"
)

// The UART of the SAM D chips: one SERCOM in USART mode, whose registers the SAM D21
// and D51 lay out alike. The chip's file names the SERCOM and its set-up
// (uartSERCOM, uartCTRLA with the pads, uartClockHz, uartIRQ, uartDefaultBaud) and
// gives startUARTClock, connectUARTPins, putUARTData, getUARTData and initDefaultUART.

// UART is a SERCOM in USART mode; so far one per chip, on the board's Serial1 pins
// (the board's SERCOM on the SAM D21: 5 on the Nano 33 IoT, 0 on the Feather M0; SERCOM3 on the SAM D51).
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART1 is the SERCOM on the board's TX and RX pins, Arduino's Serial1.
var UART1 = &_UART1

var _UART1 UART

// DefaultUART is the UART on the board's serial pins. (Native USB CDC is not done
// yet.)
var DefaultUART = UART1

// Configure clocks the SERCOM, routes the board's TX and RX pins to it, sets the baud
// rate (zero: the chip's default) and enables the transmitter and the receiver.
// config.TX and config.RX are ignored: only these pins are supported.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = uartDefaultBaud
	}
	startUARTClock()
	connectUARTPins(true)
	startUART(sam.USART_CTRLB_TXEN|sam.USART_CTRLB_RXEN, uartBAUD(config.BaudRate))
	uart.enableReceiveInterrupt()
	return nil
}

// startUART sets the SERCOM up as a USART with the given CTRLB (which of transmitter
// and receiver) and BAUD value, and enables it.
func startUART(ctrlb uint32, baud uint16) {
	volatile.StoreUint32(reg32(uartSERCOM+sam.SERCOM_CTRLA), uartCTRLA)
	volatile.StoreUint16(reg16(uartSERCOM+sam.SERCOM_BAUD), baud)
	volatile.StoreUint32(reg32(uartSERCOM+sam.SERCOM_CTRLB), ctrlb)
	syncUART()
	volatile.StoreUint32(reg32(uartSERCOM+sam.SERCOM_CTRLA), uartCTRLA|sam.USART_CTRLA_ENABLE)
	syncUART()
}

// SetBaudRate sets the arithmetic baud generator (before the UART is enabled: BAUD is
// enable-protected).
func (uart *UART) SetBaudRate(baud uint32) {
	volatile.StoreUint16(reg16(uartSERCOM+sam.SERCOM_BAUD), uartBAUD(baud))
}

// uartBAUD is the BAUD value for a baud rate: 65536 * (1 - 16 * baud / f), with f the
// SERCOM's clock, i.e. 65536 - baud * 2^14 / (f / 64), rounded (in 32 bits for
// rates up to 262,143 baud).
func uartBAUD(baud uint32) uint16 {
	const d = uartClockHz / 64
	return uint16(65536 - (baud<<14+d/2)/d)
}

func syncUART() {
	for volatile.LoadUint32(reg32(uartSERCOM+sam.SERCOM_SYNCBUSY)) != 0 {
	}
}

// WriteByte waits until the data register is empty and sends one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint8(reg8(uartSERCOM+sam.SERCOM_INTFLAG))&sam.USART_INTFLAG_DRE == 0 {
	}
	putUARTData(c)
	return nil
}

// receiveByte takes one byte from the receiver, if it has one (RXC).
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint8(reg8(uartSERCOM+sam.SERCOM_INTFLAG))&sam.USART_INTFLAG_RXC == 0 {
		return 0, false
	}
	return getUARTData(), true
}

// enableReceiveInterrupt enables the SERCOM's receive-complete interrupt, whose
// handler moves the received byte into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint8(reg8(uartSERCOM+sam.SERCOM_INTENSET), sam.USART_INTFLAG_RXC)
	interrupt.New(uartIRQ, func(interrupt.Interrupt) {
		UART1.receive()
	}).Enable()
}
