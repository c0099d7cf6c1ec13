//go:build atsamd21

package machine

import (
	"device/sam"
	"runtime/volatile"
	"unsafe"
)

// Device is the name of the chip family.
const Device = sam.Device

// CPUFrequency returns the processor clock in hertz. The core still runs from the
// reset clock (OSC8M / 8 = 1 MHz): the 48 MHz DFLL set-up is not done yet.
func CPUFrequency() uint32 {
	return 1000000
}

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

func reg16(addr uintptr) *uint16 {
	return (*uint16)(unsafe.Pointer(addr))
}

func reg8(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

// Pins of ports A and B.
const (
	PA00 Pin = iota
	PA01
	PA02
	PA03
	PA04
	PA05
	PA06
	PA07
	PA08
	PA09
	PA10
	PA11
	PA12
	PA13
	PA14
	PA15
	PA16
	PA17
	PA18
	PA19
	PA20
	PA21
	PA22
	PA23
	PA24
	PA25
	PA26
	PA27
	PA28
	PA29
	PA30
	PA31
	PB00
	PB01
	PB02
	PB03
	PB04
	PB05
	PB06
	PB07
	PB08
	PB09
	PB10
	PB11
	PB12
	PB13
	PB14
	PB15
	PB16
	PB17
	PB18
	PB19
	PB20
	PB21
	PB22
	PB23
	PB24
	PB25
	PB26
	PB27
	PB28
	PB29
	PB30
	PB31
)

// group returns the base address of the pin's port group and the pin's bit.
func (p Pin) group() (base uintptr, mask uint32) {
	return sam.PORT + sam.PORT_GROUP*uintptr(p>>5), 1 << (p & 31)
}

// Configure sets the pin's direction and its PINCFG (input buffer on, so Get also
// reads an output back; pull resistor enabled for the pull modes, its direction
// chosen by OUT).
func (p Pin) Configure(config PinConfig) {
	base, mask := p.group()
	cfg := reg8(base + sam.PORT_PINCFG0 + uintptr(p&31))
	switch config.Mode {
	case PinOutput:
		volatile.StoreUint32(reg32(base+sam.PORT_DIRSET), mask)
		volatile.StoreUint8(cfg, sam.PINCFG_INEN)
	case PinInputPullup, PinInputPulldown:
		volatile.StoreUint32(reg32(base+sam.PORT_DIRCLR), mask)
		if config.Mode == PinInputPullup {
			volatile.StoreUint32(reg32(base+sam.PORT_OUTSET), mask)
		} else {
			volatile.StoreUint32(reg32(base+sam.PORT_OUTCLR), mask)
		}
		volatile.StoreUint8(cfg, sam.PINCFG_INEN|sam.PINCFG_PULLEN)
	default:
		volatile.StoreUint32(reg32(base+sam.PORT_DIRCLR), mask)
		volatile.StoreUint8(cfg, sam.PINCFG_INEN)
	}
}

// High drives the pin high (OUTSET).
func (p Pin) High() {
	base, mask := p.group()
	volatile.StoreUint32(reg32(base+sam.PORT_OUTSET), mask)
}

// Low drives the pin low (OUTCLR).
func (p Pin) Low() {
	base, mask := p.group()
	volatile.StoreUint32(reg32(base+sam.PORT_OUTCLR), mask)
}

// Get reads the pin's level (IN).
func (p Pin) Get() bool {
	base, mask := p.group()
	return volatile.LoadUint32(reg32(base+sam.PORT_IN))&mask != 0
}

// UART is a SERCOM in USART mode: the board's Serial1, on the SERCOM and pins its
// board file names (uartSERCOM, uartPMux, UART_TX_PIN on pad 2 and UART_RX_PIN on pad
// 3, an even pin and the next one: PB22/PB23 on SERCOM5 on the Nano 33 IoT, PA10/PA11
// on SERCOM0 on the Feather M0).
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART1 is the SERCOM on the board's TX and RX pins, Arduino's Serial1.
var UART1 = &_UART1

var _UART1 UART

// DefaultUART is the UART on the board's serial pins. (Native USB CDC is not done
// yet.)
var DefaultUART = UART1

// uartBase is the address of Serial1's SERCOM (they are 0x400 apart).
const uartBase = sam.SERCOM0 + 0x400*uartSERCOM

// clockUART gives Serial1's SERCOM its bus clock and generic clock 0, and routes
// the TX pin (and the RX pin, when both) to it.
func clockUART(both bool) {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_SERCOM0<<uartSERCOM)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), (sam.GCLK_ID_SERCOM0_CORE+uartSERCOM)|sam.GCLK_CLKCTRL_CLKEN)
	port := uintptr(sam.PORT + sam.PORT_GROUP*uintptr(UART_TX_PIN>>5))
	pmux := reg8(port + sam.PORT_PMUX0 + uintptr(UART_TX_PIN&31)/2)
	if both {
		volatile.StoreUint8(pmux, uartPMux|uartPMux<<4)
		volatile.StoreUint8(reg8(port+sam.PORT_PINCFG0+uintptr(UART_RX_PIN&31)), sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
	} else {
		volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0xF0|uartPMux)
	}
	volatile.StoreUint8(reg8(port+sam.PORT_PINCFG0+uintptr(UART_TX_PIN&31)), sam.PINCFG_PMUXEN)
}

// Configure clocks the SERCOM from generic clock 0, routes the board's TX and RX pins
// to it, sets the baud rate (zero: 9600) and enables the transmitter and the
// receiver. config.TX and config.RX are ignored: only these pins are supported.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 9600
	}
	clockUART(true)
	const ctrla = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	volatile.StoreUint32(reg32(uartBase+sam.SERCOM_CTRLA), ctrla)
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(uartBase+sam.SERCOM_CTRLB), sam.USART_CTRLB_TXEN|sam.USART_CTRLB_RXEN)
	syncUART()
	volatile.StoreUint32(reg32(uartBase+sam.SERCOM_CTRLA), ctrla|sam.USART_CTRLA_ENABLE)
	syncUART()
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the arithmetic baud generator: BAUD = 65536 * (1 - 16 * baud /
// f), with f = 1 MHz, i.e. 65536 - baud * 2^14 / 15625, rounded.
func (uart *UART) SetBaudRate(baud uint32) {
	volatile.StoreUint16(reg16(uartBase+sam.SERCOM_BAUD), uint16(65536-(baud<<14+15625/2)/15625))
}

func syncUART() {
	for volatile.LoadUint32(reg32(uartBase+sam.SERCOM_SYNCBUSY)) != 0 {
	}
}

// WriteByte waits until the data register is empty and sends one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint8(reg8(uartBase+sam.SERCOM_INTFLAG))&sam.USART_INTFLAG_DRE == 0 {
	}
	volatile.StoreUint16(reg16(uartBase+sam.SERCOM_DATA), uint16(c))
	return nil
}

// initDefaultUART starts the SERCOM's transmitter on the TX pin at 9600 baud (BAUD
// 55469): what println needs.
func initDefaultUART() {
	clockUART(false)
	const ctrla = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	volatile.StoreUint32(reg32(uartBase+sam.SERCOM_CTRLA), ctrla)
	volatile.StoreUint16(reg16(uartBase+sam.SERCOM_BAUD), 55469)
	volatile.StoreUint32(reg32(uartBase+sam.SERCOM_CTRLB), sam.USART_CTRLB_TXEN)
	syncUART()
	volatile.StoreUint32(reg32(uartBase+sam.SERCOM_CTRLA), ctrla|sam.USART_CTRLA_ENABLE)
	syncUART()
}

// receiveByte takes one byte from the receiver, if it has one (RXC).
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint8(reg8(uartBase+sam.SERCOM_INTFLAG))&sam.USART_INTFLAG_RXC == 0 {
		return 0, false
	}
	return byte(volatile.LoadUint16(reg16(uartBase + sam.SERCOM_DATA))), true
}
