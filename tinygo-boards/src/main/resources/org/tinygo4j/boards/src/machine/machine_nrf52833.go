//go:build nrf52833

package machine

import (
	"device/nrf"
	"runtime/volatile"
)

// The nRF52833's pins (its UART is machine_nrf.go's, shared with the nRF51).

// CPUFrequency returns the processor clock in hertz: the nRF52833's Cortex-M4F runs at
// 64 MHz.
func CPUFrequency() uint32 {
	return 64000000
}

// Pins of port P1, named as on the chip (P0's are machine_nrf.go's): P1.n is pin
// 32 + n, so a pin's port is bit 5 of its number, as in the PSEL registers of the UART
// and GPIOTE.
const (
	P1_00 Pin = 32 + iota
	P1_01
	P1_02
	P1_03
	P1_04
	P1_05
	P1_06
	P1_07
	P1_08
	P1_09
)

// port returns the base address of the pin's port and the pin's bit.
func (p Pin) port() (base uintptr, mask uint32) {
	return nrf.GPIO_P0 + nrf.GPIO_PORT*uintptr(p>>5), 1 << (p & 31)
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
	base, _ := p.port()
	volatile.StoreUint32(reg32(base+nrf.GPIO_PIN_CNF0+4*uintptr(p&31)), pinCNF(config.Mode))
}

// High drives the pin high (OUTSET: no read-modify-write).
func (p Pin) High() {
	if p == LED {
		p = ledAnode
	}
	base, mask := p.port()
	volatile.StoreUint32(reg32(base+nrf.GPIO_OUTSET), mask)
}

// Low drives the pin low.
func (p Pin) Low() {
	if p == LED {
		p = ledAnode
	}
	base, mask := p.port()
	volatile.StoreUint32(reg32(base+nrf.GPIO_OUTCLR), mask)
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	if p == LED {
		p = ledAnode
	}
	base, mask := p.port()
	return volatile.LoadUint32(reg32(base+nrf.GPIO_IN))&mask != 0
}
