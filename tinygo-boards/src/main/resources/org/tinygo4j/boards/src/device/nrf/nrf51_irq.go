//go:build nrf51

package nrf

// Interrupt numbers of the nRF51 that the nRF52833 does not share (reference manual,
// instantiation table), for runtime/interrupt.New.
const (
	IRQ_ADC    = 7
	IRQ_LPCOMP = 19
	IRQ_SWI0   = 20
	IRQ_SWI1   = 21
	IRQ_SWI2   = 22
	IRQ_SWI3   = 23
	IRQ_SWI4   = 24
	IRQ_SWI5   = 25
)

// GPIOTE has four channels.
const GPIOTE_CHANNELS = 4
