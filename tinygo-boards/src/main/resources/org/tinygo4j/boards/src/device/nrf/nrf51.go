//go:build nrf51

package nrf

// The nRF51's own registers (nrf.go has those it shares with the nRF52833).

// Device is the name of the chip.
const Device = "nrf51"

// GPIO: the single port P0 with 32 pins.
const (
	GPIO          = 0x50000000
	GPIO_OUT      = GPIO + 0x504
	GPIO_OUTSET   = GPIO + 0x508
	GPIO_OUTCLR   = GPIO + 0x50C
	GPIO_IN       = GPIO + 0x510
	GPIO_DIR      = GPIO + 0x514
	GPIO_DIRSET   = GPIO + 0x518
	GPIO_DIRCLR   = GPIO + 0x51C
	GPIO_PIN_CNF0 = GPIO + 0x700 // PIN_CNF[n] at GPIO_PIN_CNF0 + 4*n
)
