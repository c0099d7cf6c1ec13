//go:build atmega328p

package machine

import "device/avr"

// Pins of ports B, C and D.
const (
	PB0 Pin = iota
	PB1
	PB2
	PB3
	PB4
	PB5
	PB6
	PB7
	PC0
	PC1
	PC2
	PC3
	PC4
	PC5
	PC6
	PC7
	PD0
	PD1
	PD2
	PD3
	PD4
	PD5
	PD6
	PD7
)

// registers returns the addresses of the pin's PINx register (DDRx and PORTx follow
// it) and the pin's bit.
func (p Pin) registers() (pin uintptr, mask uint8) {
	return avr.PINB + 3*uintptr(p>>3), 1 << (p & 7)
}
