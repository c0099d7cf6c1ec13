//go:build nrf

package machine

import (
	"device/nrf"
	"runtime/volatile"
	"unsafe"
)

// What the nRF51 and the nRF52833 share: port P0's pin names, the PIN_CNF values, and
// UART0, whose registers are the same on both (the nRF52's PSEL registers also take
// the pin's port, in bit 5, which is where a Pin number of port P1 has it).

// Device is the name of the chip.
const Device = nrf.Device

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// Pins of port P0, named as on the chip.
const (
	P0_00 Pin = iota
	P0_01
	P0_02
	P0_03
	P0_04
	P0_05
	P0_06
	P0_07
	P0_08
	P0_09
	P0_10
	P0_11
	P0_12
	P0_13
	P0_14
	P0_15
	P0_16
	P0_17
	P0_18
	P0_19
	P0_20
	P0_21
	P0_22
	P0_23
	P0_24
	P0_25
	P0_26
	P0_27
	P0_28
	P0_29
	P0_30
	P0_31
)

// pinCNF is the PIN_CNF value for a mode: the direction and the pull resistor, with
// the input buffer connected, so that Get reads back what an output drives.
func pinCNF(mode PinMode) uint32 {
	switch mode {
	case PinOutput:
		return nrf.GPIO_PIN_CNF_DIR_Output
	case PinInputPullup:
		return nrf.GPIO_PIN_CNF_PULL_Pullup
	case PinInputPulldown:
		return nrf.GPIO_PIN_CNF_PULL_Pulldown
	}
	return 0
}

// UART is UART0 (the nRF51's only UART; on the nRF52833 the legacy UART that shares
// its address with UARTE0, the EasyDMA one, which is not used, nor is UARTE1).
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART0 is the chip's UART.
var UART0 = &_UART0

var _UART0 UART

// DefaultUART is the UART on the board's serial pins.
var DefaultUART = UART0

// Configure sets the baud rate and pins (zero values: 115200 baud on the board's
// UART_TX_PIN and UART_RX_PIN) and starts the transmitter and the receiver.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	if config.TX == 0 && config.RX == 0 {
		config.TX = UART_TX_PIN
		config.RX = UART_RX_PIN
	}
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(nrf.UART0_PSELTXD), uint32(config.TX))
	volatile.StoreUint32(reg32(nrf.UART0_PSELRXD), uint32(config.RX))
	volatile.StoreUint32(reg32(nrf.UART0_ENABLE), nrf.UART_ENABLE_Enabled)
	volatile.StoreUint32(reg32(nrf.UART0_TASKS_STARTTX), 1)
	volatile.StoreUint32(reg32(nrf.UART0_TASKS_STARTRX), 1)
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the speed. The BAUDRATE register holds baud * 2^32 / 16 MHz,
// which the reference manual's table rounds to a multiple of 0x1000.
func (uart *UART) SetBaudRate(baud uint32) {
	v := (uint64(baud)<<32/16000000 + 0x800) &^ 0xFFF
	volatile.StoreUint32(reg32(nrf.UART0_BAUDRATE), uint32(v))
}

// WriteByte sends one byte and waits until it has left the TXD register.
func (uart *UART) WriteByte(c byte) error {
	volatile.StoreUint32(reg32(nrf.UART0_TXD), uint32(c))
	for volatile.LoadUint32(reg32(nrf.UART0_EVENTS_TXDRDY)) == 0 {
	}
	volatile.StoreUint32(reg32(nrf.UART0_EVENTS_TXDRDY), 0)
	return nil
}

// initDefaultUART starts the transmitter only, at 115200 baud on UART_TX_PIN: what
// println needs, in as few instructions as possible.
func initDefaultUART() {
	volatile.StoreUint32(reg32(nrf.UART0_PSELTXD), uint32(UART_TX_PIN))
	volatile.StoreUint32(reg32(nrf.UART0_BAUDRATE), nrf.UART_BAUDRATE_115200)
	volatile.StoreUint32(reg32(nrf.UART0_ENABLE), nrf.UART_ENABLE_Enabled)
	volatile.StoreUint32(reg32(nrf.UART0_TASKS_STARTTX), 1)
}

// receiveByte takes one byte from the receiver, if it has one (RXDRDY is cleared
// before RXD is read, as the reference manual asks).
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint32(reg32(nrf.UART0_EVENTS_RXDRDY)) == 0 {
		return 0, false
	}
	volatile.StoreUint32(reg32(nrf.UART0_EVENTS_RXDRDY), 0)
	return byte(volatile.LoadUint32(reg32(nrf.UART0_RXD))), true
}
