//go:build nrf51 || atsamd21 || atmega328p || lm3s6965

package machine

// The chip-independent half of SPI masters, with TinyGo's names and shapes. Each
// chip's file provides the SPI type, Configure and Transfer; Tx is built on Transfer.

// SPI modes: clock polarity (CPOL) and phase (CPHA).
const (
	Mode0 = 0 // CPOL 0, CPHA 0
	Mode1 = 1 // CPOL 0, CPHA 1
	Mode2 = 2 // CPOL 1, CPHA 0
	Mode3 = 3 // CPOL 1, CPHA 1
)

// SPIConfig configures an SPI bus. Zero values mean 4 MHz (or the nearest the chip
// can do below it), mode 0, most significant bit first, on the board's SPI0 pins.
type SPIConfig struct {
	Frequency uint32
	SCK       Pin
	SDO       Pin
	SDI       Pin
	LSBFirst  bool
	Mode      uint8
}

// busError is the type of the I2C and SPI errors: constant strings, so nothing is
// allocated.
type busError string

func (e busError) Error() string {
	return string(e)
}

// Tx sends w and receives into r at the same time, one byte per byte. When one is
// shorter (or nil), zeros are sent, or what is received is dropped, for the rest.
func (spi SPI) Tx(w, r []byte) error {
	n := len(w)
	if len(r) > n {
		n = len(r)
	}
	for i := 0; i < n; i++ {
		var out byte
		if i < len(w) {
			out = w[i]
		}
		in, err := spi.Transfer(out)
		if err != nil {
			return err
		}
		if i < len(r) {
			r[i] = in
		}
	}
	return nil
}
