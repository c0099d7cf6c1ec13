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

// Configure sets the pin's direction and pull resistor through its PIN_CNF register.
// An output's input buffer stays connected, so Get reads back what it drives.
func (p Pin) Configure(config PinConfig) {
	if p == LED {
		configureLED(config)
		return
	}
	p.configure(config)
}

// configure is Configure for a GPIO pin.
func (p Pin) configure(config PinConfig) {
	volatile.StoreUint32(reg32(nrf.GPIO_PIN_CNF0+4*uintptr(p)), pinCNF(config.Mode))
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
