//go:build atsamd21

package machine

import (
	"device/sam"
	"runtime/volatile"
)

// CPUFrequency returns the processor clock in hertz: 48 MHz, from the DFLL48M, which
// initClocks sets up.
func CPUFrequency() uint32 {
	return 48000000
}

// initClocks runs the DFLL48M open-loop on its factory calibration (the coarse value
// of the NVM software calibration row, bits 63:58; the fine value at its middle,
// 512) and switches generator 0, which clocks the CPU and every peripheral here, from
// the reset clock (OSC8M / 8 = 1 MHz) to it. The flash gets one wait state first (the
// datasheet's figure above 24 MHz at 3.3 V). The DFLL's registers are written only
// after it was requested (ONDEMAND cleared by enabling it), as the chip's errata ask.
// Open loop needs no crystal (boards differ in having XOSC32K's), at the price of the
// calibration's tolerance (about 2%).
func initClocks() {
	rws := volatile.LoadUint32(reg32(sam.NVMCTRL_CTRLB))&^sam.NVMCTRL_CTRLB_RWS_Msk | 1<<sam.NVMCTRL_CTRLB_RWS_Pos
	volatile.StoreUint32(reg32(sam.NVMCTRL_CTRLB), rws)
	volatile.StoreUint16(reg16(sam.SYSCTRL_DFLLCTRL), sam.SYSCTRL_DFLLCTRL_ENABLE)
	waitDFLL()
	coarse := volatile.LoadUint32(reg32(sam.NVM_SW_CALIB+4)) >> 26
	if coarse == 0x3F { // an erased row: the middle of the range
		coarse = 0x1F
	}
	volatile.StoreUint32(reg32(sam.SYSCTRL_DFLLVAL), coarse<<sam.DFLLVAL_COARSE_Pos|512)
	waitDFLL()
	volatile.StoreUint16(reg16(sam.SYSCTRL_DFLLCTRL), sam.SYSCTRL_DFLLCTRL_ENABLE)
	waitDFLL()
	volatile.StoreUint32(reg32(sam.GCLK_GENCTRL), 0|sam.GCLK_GENCTRL_SRC_DFLL48M|sam.GCLK_GENCTRL_GENEN|sam.GCLK_GENCTRL_IDC)
	for volatile.LoadUint8(reg8(sam.GCLK_STATUS))&sam.GCLK_STATUS_SYNCBUSY != 0 {
	}
}

func waitDFLL() {
	for volatile.LoadUint32(reg32(sam.SYSCTRL_PCLKSR))&sam.SYSCTRL_PCLKSR_DFLLRDY == 0 {
	}
}

// The UART (machine_atsamd_uart.go) is the board's Serial1: the SERCOM its board file
// names (serial1SERCOM: 5 on the Nano 33 IoT, 0 on the Feather M0; they are 0x400
// apart), with UART_TX_PIN on pad 2 and UART_RX_PIN on pad 3 (an even pin and the next
// one) through peripheral function serial1PMux. It runs at 115200 baud by default.
const (
	uartSERCOM      = sam.SERCOM0 + 0x400*serial1SERCOM
	uartCTRLA       = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD2 | sam.USART_CTRLA_RXPO_PAD3
	uartClockHz     = 48000000
	uartIRQ         = sam.IRQ_SERCOM0 + serial1SERCOM
	uartDefaultBaud = 115200
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

// initDefaultUART sets the clocks up (the runtime calls it first thing, through
// InitSerial, so everything after it runs at 48 MHz) and starts the SERCOM's
// transmitter on UART_TX_PIN at 115200 baud (BAUD 63019): what println needs.
func initDefaultUART() {
	initClocks()
	startUARTClock()
	connectUARTPins(false)
	startUART(sam.USART_CTRLB_TXEN, 63019)
}
