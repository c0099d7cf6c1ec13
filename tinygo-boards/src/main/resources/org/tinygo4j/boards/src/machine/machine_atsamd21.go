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

// The UART (machine_atsamd_uart.go) is SERCOM5 on PB22 (TX, PAD2) and PB23 (RX,
// PAD3), function D: the pins of the board's Serial1. It runs at 9600 baud by default,
// the most the 1 MHz reset clock gives reliably.
const (
	uartSERCOM      = sam.SERCOM5
	uartCTRLA       = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	uartClockHz     = 1000000
	uartIRQ         = sam.IRQ_SERCOM5
	uartDefaultBaud = 9600
)

// startUARTClock turns on SERCOM5's bus clock and its core clock, generator 0.
func startUARTClock() {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_SERCOM5)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), sam.GCLK_ID_SERCOM5_CORE|sam.GCLK_CLKCTRL_CLKEN)
}

// connectUARTPins gives PB22, and with rx PB23, to SERCOM5 (peripheral function D,
// through PMUX and PINCFG).
func connectUARTPins(rx bool) {
	portB := uintptr(sam.PORT + sam.PORT_GROUP)
	pmux := reg8(portB + sam.PORT_PMUX0 + 22/2)
	if rx {
		volatile.StoreUint8(pmux, 0x33)
		volatile.StoreUint8(reg8(portB+sam.PORT_PINCFG0+23), sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
	} else {
		volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0xF0|3)
	}
	volatile.StoreUint8(reg8(portB+sam.PORT_PINCFG0+22), sam.PINCFG_PMUXEN)
}

// SERCOM5's DATA register is 16 bits wide.
func putUARTData(c byte) {
	volatile.StoreUint16(reg16(sam.SERCOM5+sam.SERCOM_DATA), uint16(c))
}

func getUARTData() byte {
	return byte(volatile.LoadUint16(reg16(sam.SERCOM5 + sam.SERCOM_DATA)))
}

// initDefaultUART starts SERCOM5's transmitter on PB22 at 9600 baud (BAUD 55469):
// what println needs.
func initDefaultUART() {
	startUARTClock()
	connectUARTPins(false)
	startUART(sam.USART_CTRLB_TXEN, 55469)
}
