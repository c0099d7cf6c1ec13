//go:build nrf51 || atsamd21 || atmega328p

package machine

// ADC is an analog input pin. Get returns the measured voltage scaled to 16 bits
// (0 for 0 V, 0xFFFF for the reference), whatever the chip's own resolution, as
// TinyGo does.
type ADC struct {
	Pin Pin
}

// ADCConfig configures an analog input. Zero values mean the chip's defaults
// (reference: the supply, or on the nRF51 1.2 V with 1/3 prescaling, i.e. 0..3.6 V;
// the chip's full resolution; one sample). Reference is in millivolts where a chip can
// choose; Resolution is in bits.
type ADCConfig struct {
	Reference  uint32
	Resolution uint32
	Samples    uint32
	SampleTime uint32
}
