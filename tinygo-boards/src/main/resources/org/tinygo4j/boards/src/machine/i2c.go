//go:build nrf51 || atsamd21 || atmega328p

package machine

// The chip-independent half of I2C (TWI) masters, with TinyGo's names and shapes:
// I2CConfig, Configure, Tx, ReadRegister, WriteRegister. Each chip's file provides the
// I2C type, Configure, SetBaudRate and transfer, which does one transaction: a write of
// head and then body (either may be empty), then, after a repeated start, a read into r.

// I2C bus speeds.
const (
	TWI_FREQ_100KHZ = 100000
	TWI_FREQ_400KHZ = 400000
)

// I2CConfig configures an I2C bus. Zero values mean 100 kHz on the board's SCL_PIN
// and SDA_PIN.
type I2CConfig struct {
	Frequency uint32
	SCL       Pin
	SDA       Pin
}

const (
	errI2CAddressNACK = busError("I2C: address not acknowledged")
	errI2CDataNACK    = busError("I2C: data not acknowledged")
	errI2CBusError    = busError("I2C: bus error")
)

// Tx writes w to the device at the 7-bit address addr, then reads len(r) bytes into
// r after a repeated start. Either may be empty.
func (i2c *I2C) Tx(addr uint16, w, r []byte) error {
	return i2c.transfer(uint8(addr), nil, w, r)
}

// ReadRegister reads len(data) bytes from the device's registers starting at reg
// (the register number written, then read after a repeated start).
func (i2c *I2C) ReadRegister(address uint8, register uint8, data []byte) error {
	reg := [1]byte{register}
	return i2c.transfer(address, reg[:], nil, data)
}

// WriteRegister writes data to the device's registers starting at reg, in one
// transaction (the register number, then the data).
func (i2c *I2C) WriteRegister(address uint8, register uint8, data []byte) error {
	reg := [1]byte{register}
	return i2c.transfer(address, reg[:], data, nil)
}
