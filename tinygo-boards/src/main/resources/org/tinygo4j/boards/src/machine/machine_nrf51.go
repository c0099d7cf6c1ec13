//go:build nrf51

package machine

import (
	"device/nrf"
	"runtime/volatile"
)

// CPUFrequency returns the processor clock in hertz: the nRF51 runs from its 16 MHz
// clock.
func CPUFrequency() uint32 {
	return 16000000
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

// Configure sets the pin's direction and pull resistor through its PIN_CNF register.
// An output's input buffer stays connected, so Get reads back what it drives.
func (p Pin) Configure(config PinConfig) {
	if p == LED {
		configureLED(config)
		return
	}
	var cnf uint32
	switch config.Mode {
	case PinOutput:
		cnf = nrf.GPIO_PIN_CNF_DIR_Output
	case PinInputPullup:
		cnf = nrf.GPIO_PIN_CNF_PULL_Pullup
	case PinInputPulldown:
		cnf = nrf.GPIO_PIN_CNF_PULL_Pulldown
	}
	volatile.StoreUint32(reg32(nrf.GPIO_PIN_CNF0+4*uintptr(p)), cnf)
}

// High drives the pin high (OUTSET: no read-modify-write).
func (p Pin) High() {
	if p == LED {
		p = ledAnode
	}
	volatile.StoreUint32(reg32(nrf.GPIO_OUTSET), 1<<p)
}

// Low drives the pin low.
func (p Pin) Low() {
	if p == LED {
		p = ledAnode
	}
	volatile.StoreUint32(reg32(nrf.GPIO_OUTCLR), 1<<p)
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	if p == LED {
		p = ledAnode
	}
	return volatile.LoadUint32(reg32(nrf.GPIO_IN))&(1<<p) != 0
}
