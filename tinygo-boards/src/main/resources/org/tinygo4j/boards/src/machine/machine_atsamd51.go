//go:build atsamd51

package machine

import (
	"device/sam"
	"runtime/volatile"
)

// The SAM D51's clocks and its UART's SERCOM. The pins are machine_atsamd.go's, the
// UART machine_atsamd_uart.go's.

// CPUFrequency returns the processor clock in hertz: 120 MHz, from DPLL0, which
// initClocks starts.
func CPUFrequency() uint32 {
	return 120000000
}

// peripheralHz is the clock of the SERCOMs: generator 1, the 48 MHz DFLL (the
// SERCOM core clock may not exceed 100 MHz, so not the CPU's 120 MHz).
const peripheralHz = 48000000

// initClocks sets the clocks up from the 48 MHz DFLL, which runs (open-loop, on its
// factory calibration) from reset and clocks the CPU until then: generator 1 passes
// it on undivided for the peripherals, generator 2 divides it by 24 into DPLL0's 2
// MHz reference (the PLL takes 32 kHz to 3.2 MHz), DPLL0 multiplies that by 60, and
// generator 0, the CPU's, switches to DPLL0's 120 MHz. The main clock is moved to the
// DFLL first, as a bootloader may have left it on DPLL0, which is reprogrammed. The
// flash inserts its wait states by itself (NVMCTRL's AUTOWS, set from reset).
func initClocks() {
	setGenerator(1, sam.GENCTRL_SRC_DFLL|sam.GENCTRL_GENEN)
	setGenerator(2, sam.GENCTRL_SRC_DFLL|sam.GENCTRL_GENEN|24<<sam.GENCTRL_DIV_Pos)
	volatile.StoreUint32(reg32(sam.GCLK_PCHCTRL0+4*sam.PCHCTRL_ID_FDPLL0), 2|sam.PCHCTRL_CHEN)
	setGenerator(0, sam.GENCTRL_SRC_DFLL|sam.GENCTRL_GENEN)

	volatile.StoreUint8(reg8(sam.OSCCTRL_DPLL0CTRLA), 0)
	for volatile.LoadUint32(reg32(sam.OSCCTRL_DPLL0SYNCBUSY))&sam.DPLLSYNCBUSY_ENABLE != 0 {
	}
	volatile.StoreUint32(reg32(sam.OSCCTRL_DPLL0RATIO), 60-1) // LDR + 1 = 60, no fraction
	for volatile.LoadUint32(reg32(sam.OSCCTRL_DPLL0SYNCBUSY))&sam.DPLLSYNCBUSY_DPLLRATIO != 0 {
	}
	volatile.StoreUint32(reg32(sam.OSCCTRL_DPLL0CTRLB), sam.DPLLCTRLB_REFCLK_GCLK)
	volatile.StoreUint8(reg8(sam.OSCCTRL_DPLL0CTRLA), sam.DPLLCTRLA_ENABLE)
	for volatile.LoadUint32(reg32(sam.OSCCTRL_DPLL0SYNCBUSY))&sam.DPLLSYNCBUSY_ENABLE != 0 {
	}
	const ready = sam.DPLLSTATUS_LOCK | sam.DPLLSTATUS_CLKRDY
	for volatile.LoadUint32(reg32(sam.OSCCTRL_DPLL0STATUS))&ready != ready {
	}
	setGenerator(0, sam.GENCTRL_SRC_DPLL0|sam.GENCTRL_GENEN|sam.GENCTRL_IDC)
}

// setGenerator writes GENCTRL[n] and waits until the generator took it.
func setGenerator(n uintptr, genctrl uint32) {
	volatile.StoreUint32(reg32(sam.GCLK_GENCTRL0+4*n), genctrl)
	for volatile.LoadUint32(reg32(sam.GCLK_SYNCBUSY))&(sam.GCLK_SYNCBUSY_GENCTRL<<n) != 0 {
	}
}

// The UART (machine_atsamd_uart.go) is SERCOM3 on PA17 (TX, PAD0) and PA16 (RX,
// PAD1), peripheral function D: the pins Adafruit's boards with this chip call Serial1
// (the ItsyBitsy M4's D1 and D0). Its core clock is generator 1, 48 MHz.
const (
	uartSERCOM      = sam.SERCOM3
	uartCTRLA       = sam.USART_CTRLA_MODE_INT_CLK | sam.USART_CTRLA_DORD | sam.USART_CTRLA_TXPO_PAD0 | sam.USART_CTRLA_RXPO_PAD1
	uartClockHz     = peripheralHz
	uartIRQ         = sam.IRQ_SERCOM3_2 // receive complete
	uartDefaultBaud = 115200
)

// startUARTClock turns on SERCOM3's bus clock and its core clock, generator 1.
func startUARTClock() {
	mask := reg32(sam.MCLK_APBBMASK)
	volatile.StoreUint32(mask, volatile.LoadUint32(mask)|sam.MCLK_APBBMASK_SERCOM3)
	volatile.StoreUint32(reg32(sam.GCLK_PCHCTRL0+4*sam.PCHCTRL_ID_SERCOM3), 1|sam.PCHCTRL_CHEN)
}

// connectUARTPins gives PA17, and with rx PA16, to SERCOM3 (peripheral function D).
func connectUARTPins(rx bool) {
	portA := uintptr(sam.PORT)
	pmux := reg8(portA + sam.PORT_PMUX0 + 16/2)
	if rx {
		volatile.StoreUint8(pmux, 0x33)
		volatile.StoreUint8(reg8(portA+sam.PORT_PINCFG0+16), sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
	} else {
		volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0x0F|3<<4) // PA17 is odd: the high half
	}
	volatile.StoreUint8(reg8(portA+sam.PORT_PINCFG0+17), sam.PINCFG_PMUXEN)
}

// SERCOM3's DATA register is 32 bits wide.
func putUARTData(c byte) {
	volatile.StoreUint32(reg32(sam.SERCOM3+sam.SERCOM_DATA), uint32(c))
}

func getUARTData() byte {
	return byte(volatile.LoadUint32(reg32(sam.SERCOM3 + sam.SERCOM_DATA)))
}

// initDefaultUART sets the clocks up (the runtime calls it first thing, through
// InitSerial, so everything after it runs at 120 MHz) and starts SERCOM3's
// transmitter on PA17 at 115200 baud (BAUD 63019): what println needs.
func initDefaultUART() {
	initClocks()
	startUARTClock()
	connectUARTPins(false)
	startUART(sam.USART_CTRLB_TXEN, 63019)
}
