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

// The UART (machine_atsamd_uart.go) is the board's Serial1: the SERCOM its board file
// names (serial1SERCOM: 5 on the Nano 33 IoT, 0 on the Feather M0; they are 0x400
// apart), with UART_TX_PIN on pad 2 and UART_RX_PIN on pad 3 (an even pin and the next
// one) through peripheral function serial1PMux. It runs at 9600 baud by default, the
// most the 1 MHz reset clock gives reliably.
const (
	uartSERCOM      = sam.SERCOM0 + 0x400*serial1SERCOM
	uartCTRLA       = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	uartClockHz     = 1000000
	uartIRQ         = sam.IRQ_SERCOM0 + serial1SERCOM
	uartDefaultBaud = 9600
)

// startUARTClock turns on the SERCOM's bus clock and its core clock, generator 0.
func startUARTClock() {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_SERCOM0<<serial1SERCOM)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), (sam.GCLK_ID_SERCOM0_CORE+serial1SERCOM)|sam.GCLK_CLKCTRL_CLKEN)
}

// connectUARTPins gives UART_TX_PIN, and with rx UART_RX_PIN, to the SERCOM (through
// PMUX and PINCFG).
func connectUARTPins(rx bool) {
	port := uintptr(sam.PORT + sam.PORT_GROUP*uintptr(UART_TX_PIN>>5))
	pmux := reg8(port + sam.PORT_PMUX0 + uintptr(UART_TX_PIN&31)/2)
	if rx {
		volatile.StoreUint8(pmux, serial1PMux|serial1PMux<<4)
		volatile.StoreUint8(reg8(port+sam.PORT_PINCFG0+uintptr(UART_RX_PIN&31)), sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
	} else {
		volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0xF0|serial1PMux)
	}
	volatile.StoreUint8(reg8(port+sam.PORT_PINCFG0+uintptr(UART_TX_PIN&31)), sam.PINCFG_PMUXEN)
}

// The SERCOM's DATA register is 16 bits wide.
func putUARTData(c byte) {
	volatile.StoreUint16(reg16(uartSERCOM+sam.SERCOM_DATA), uint16(c))
}

func getUARTData() byte {
	return byte(volatile.LoadUint16(reg16(uartSERCOM + sam.SERCOM_DATA)))
}

// initDefaultUART starts the SERCOM's transmitter on UART_TX_PIN at 9600 baud (BAUD 55469):
// what println needs.
func initDefaultUART() {
	startUARTClock()
	connectUARTPins(false)
	startUART(sam.USART_CTRLB_TXEN, 55469)
}
