//go:build atsamd21

package machine

import (
	"device/sam"
	"runtime/volatile"
)

// CPUFrequency returns the processor clock in hertz. The core still runs from the
// reset clock (OSC8M / 8 = 1 MHz): the 48 MHz DFLL set-up is not done yet.
func CPUFrequency() uint32 {
	return 1000000
}

// UART is a SERCOM in USART mode; so far SERCOM5 only, on PB22 (TX, PAD2) and PB23
// (RX, PAD3), the pins of the board's Serial1.
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART1 is SERCOM5 on the board's TX and RX pins, Arduino's Serial1.
var UART1 = &_UART1

var _UART1 UART

// DefaultUART is the UART on the board's serial pins. (Native USB CDC is not done
// yet.)
var DefaultUART = UART1

// Configure clocks SERCOM5 from generic clock 0, routes PB22/PB23 to it (peripheral
// function D), sets the baud rate (zero: 9600) and enables the transmitter and the
// receiver. config.TX and config.RX are ignored: only these pins are supported.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 9600
	}
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_SERCOM5)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), sam.GCLK_ID_SERCOM5_CORE|sam.GCLK_CLKCTRL_CLKEN)
	portB := uintptr(sam.PORT + sam.PORT_GROUP)
	volatile.StoreUint8(reg8(portB+sam.PORT_PMUX0+22/2), 0x33) // PB22 and PB23: function D
	volatile.StoreUint8(reg8(portB+sam.PORT_PINCFG0+22), sam.PINCFG_PMUXEN)
	volatile.StoreUint8(reg8(portB+sam.PORT_PINCFG0+23), sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
	const ctrla = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	volatile.StoreUint32(reg32(sam.SERCOM5+sam.SERCOM_CTRLA), ctrla)
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(sam.SERCOM5+sam.SERCOM_CTRLB), sam.USART_CTRLB_TXEN|sam.USART_CTRLB_RXEN)
	syncSERCOM5()
	volatile.StoreUint32(reg32(sam.SERCOM5+sam.SERCOM_CTRLA), ctrla|sam.USART_CTRLA_ENABLE)
	syncSERCOM5()
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the arithmetic baud generator: BAUD = 65536 * (1 - 16 * baud /
// f), with f = 1 MHz, i.e. 65536 - baud * 2^14 / 15625, rounded.
func (uart *UART) SetBaudRate(baud uint32) {
	volatile.StoreUint16(reg16(sam.SERCOM5+sam.SERCOM_BAUD), uint16(65536-(baud<<14+15625/2)/15625))
}

func syncSERCOM5() {
	for volatile.LoadUint32(reg32(sam.SERCOM5+sam.SERCOM_SYNCBUSY)) != 0 {
	}
}

// WriteByte waits until the data register is empty and sends one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint8(reg8(sam.SERCOM5+sam.SERCOM_INTFLAG))&sam.USART_INTFLAG_DRE == 0 {
	}
	volatile.StoreUint16(reg16(sam.SERCOM5+sam.SERCOM_DATA), uint16(c))
	return nil
}

// initDefaultUART starts SERCOM5's transmitter on PB22 at 9600 baud (BAUD 55469):
// what println needs.
func initDefaultUART() {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_SERCOM5)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), sam.GCLK_ID_SERCOM5_CORE|sam.GCLK_CLKCTRL_CLKEN)
	// PB22: peripheral function D (SERCOM5 PAD2), through PMUX and PINCFG.
	portB := uintptr(sam.PORT + sam.PORT_GROUP)
	pmux := reg8(portB + sam.PORT_PMUX0 + 22/2)
	volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0xF0|3)
	volatile.StoreUint8(reg8(portB+sam.PORT_PINCFG0+22), sam.PINCFG_PMUXEN)
	const ctrla = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	volatile.StoreUint32(reg32(sam.SERCOM5+sam.SERCOM_CTRLA), ctrla)
	volatile.StoreUint16(reg16(sam.SERCOM5+sam.SERCOM_BAUD), 55469)
	volatile.StoreUint32(reg32(sam.SERCOM5+sam.SERCOM_CTRLB), sam.USART_CTRLB_TXEN)
	syncSERCOM5()
	volatile.StoreUint32(reg32(sam.SERCOM5+sam.SERCOM_CTRLA), ctrla|sam.USART_CTRLA_ENABLE)
	syncSERCOM5()
}

// receiveByte takes one byte from the receiver, if it has one (RXC).
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint8(reg8(sam.SERCOM5+sam.SERCOM_INTFLAG))&sam.USART_INTFLAG_RXC == 0 {
		return 0, false
	}
	return byte(volatile.LoadUint16(reg16(sam.SERCOM5 + sam.SERCOM_DATA))), true
}
