//go:build nrf52833

package nrf

// The nRF52833's own registers (nrf.go has those it shares with the nRF51), as its
// product specification gives them.

// Device is the name of the chip.
const Device = "nrf52833"

// GPIO: port P0 (32 pins) and port P1 (10 pins, P1.00-P1.09), 0x300 apart, each laid
// out as the nRF51's single port. The offsets are added to a port's base.
const (
	GPIO_P0       = 0x50000000
	GPIO_P1       = 0x50000300
	GPIO_PORT     = GPIO_P1 - GPIO_P0 // distance between the ports
	GPIO_OUTSET   = 0x508
	GPIO_OUTCLR   = 0x50C
	GPIO_IN       = 0x510
	GPIO_PIN_CNF0 = 0x700 // PIN_CNF[n] at GPIO_PIN_CNF0 + 4*n
)

// GPIOTE has eight channels.
const GPIOTE_CHANNELS = 8

// Interrupt numbers of the nRF52833 that the nRF51 does not share (product
// specification, instantiation table: the peripheral's ID), for runtime/interrupt.New.
const (
	IRQ_NFCT        = 5
	IRQ_SAADC       = 7
	IRQ_COMP_LPCOMP = 19
)
