// i2c_microbit reads the identity registers of the micro:bit's two motion sensors on
// its internal I2C bus (TWI0: SCL P0.00, SDA P0.30) and prints them: the MMA8653FC
// accelerometer (address 0x1D, WHO_AM_I at 0x0D, 0x5A by its datasheet) and the
// MAG3110 magnetometer (address 0x0E, WHO_AM_I at 0x07, 0xC4 by its datasheet).
package main

import "machine"

// i2cBus and spiBus are the shapes of tinygo.org/x/drivers' I2C and SPI interfaces,
// which the drivers take: machine's buses must satisfy them.
type i2cBus interface {
	ReadRegister(addr uint8, r uint8, buf []byte) error
	WriteRegister(addr uint8, r uint8, buf []byte) error
	Tx(addr uint16, w, r []byte) error
}

type spiBus interface {
	Tx(w, r []byte) error
	Transfer(b byte) (byte, error)
}

var (
	_ i2cBus = machine.I2C0
	_ spiBus = machine.SPI0
	_ spiBus = machine.SPI1
)

func main() {
	i2c := machine.I2C0
	err := i2c.Configure(machine.I2CConfig{Frequency: machine.TWI_FREQ_400KHZ})
	if err != nil {
		println("configure:", err.Error())
	}
	var id [1]byte
	err = i2c.ReadRegister(0x1D, 0x0D, id[:])
	if err != nil {
		println("accelerometer:", err.Error())
	}
	println("accelerometer WHO_AM_I", hex(id[0]))
	err = i2c.ReadRegister(0x0E, 0x07, id[:])
	if err != nil {
		println("magnetometer:", err.Error())
	}
	println("magnetometer WHO_AM_I", hex(id[0]))
	// a register write: the accelerometer's CTRL_REG1 (0x2A), active at 800 Hz
	err = i2c.WriteRegister(0x1D, 0x2A, []byte{0x01})
	if err != nil {
		println("write:", err.Error())
	}
	println("done")
}

func hex(b byte) string {
	const digits = "0123456789ABCDEF"
	return "0x" + string([]byte{digits[b>>4], digits[b&15]})
}
