//go:build lm3s6965

package machine

import (
	"device/lm3s"
	"runtime/volatile"
)

// The LM3S6965's SSI0 pins (fixed).
const (
	SPI0_SCK_PIN = PA2
	SPI0_SDO_PIN = PA5
	SPI0_SDI_PIN = PA4
	spi0FssPin   = PA3
)

// SPI is the LM3S6965's SSI0 (a PL022) as an SPI master, 8-bit frames. On the
// evaluation board it drives the OLED display (an SSD0323, selected by SSI0Fss, its
// data/command line on PC7) and the microSD card (selected by PD0, low).
type SPI struct{}

// SPI0 is SSI0.
var SPI0 = SPI{}

const errSPILSBFirst = busError("SPI: the SSI sends the most significant bit first only")

// Configure clocks SSI0, routes PA2..PA5 to it, sets the mode and the clock (the
// fastest f / (2 * (SCR + 1)) not above config.Frequency, CPSDVSR = 2; zero: 4 MHz or
// the fastest there is) and enables it. The pins are fixed, so config's pins are
// ignored; the SSI cannot send the least significant bit first.
func (spi SPI) Configure(config SPIConfig) error {
	if config.LSBFirst {
		return errSPILSBFirst
	}
	if config.Frequency == 0 {
		config.Frequency = 4000000
	}
	setBits(lm3s.SYSCTL_RCGC1, lm3s.SYSCTL_RCGC1_SSI0, true)
	setBits(lm3s.SYSCTL_RCGC2, 1, true) // port A
	const pins = 1<<2 | 1<<3 | 1<<4 | 1<<5
	setBits(lm3s.GPIO_PORTA+lm3s.GPIO_AFSEL, pins, true)
	setBits(lm3s.GPIO_PORTA+lm3s.GPIO_DEN, pins, true)
	volatile.StoreUint32(reg32(lm3s.SSI0+lm3s.SSI_CR1), 0)
	scr := uint32(0)
	for scr < 255 && CPUFrequency()/(2*(scr+1)) > config.Frequency {
		scr++
	}
	cr0 := lm3s.SSI_CR0_DSS_8 | scr<<lm3s.SSI_CR0_SCR_Pos
	if config.Mode&1 != 0 {
		cr0 |= lm3s.SSI_CR0_SPH
	}
	if config.Mode&2 != 0 {
		cr0 |= lm3s.SSI_CR0_SPO
	}
	volatile.StoreUint32(reg32(lm3s.SSI0+lm3s.SSI_CPSR), 2)
	volatile.StoreUint32(reg32(lm3s.SSI0+lm3s.SSI_CR0), cr0)
	volatile.StoreUint32(reg32(lm3s.SSI0+lm3s.SSI_CR1), lm3s.SSI_CR1_SSE)
	return nil
}

// Transfer sends one byte and returns the byte received meanwhile.
func (spi SPI) Transfer(w byte) (byte, error) {
	for volatile.LoadUint32(reg32(lm3s.SSI0+lm3s.SSI_SR))&lm3s.SSI_SR_TNF == 0 {
	}
	volatile.StoreUint32(reg32(lm3s.SSI0+lm3s.SSI_DR), uint32(w))
	for volatile.LoadUint32(reg32(lm3s.SSI0+lm3s.SSI_SR))&lm3s.SSI_SR_RNE == 0 {
	}
	return byte(volatile.LoadUint32(reg32(lm3s.SSI0 + lm3s.SSI_DR))), nil
}
