// bus_uno uses the Uno's ADC, SPI and I2C with nothing attached to them (as in
// simavr): A0 reads 0 V, SPI reads 0 from an undriven SDI, and an I2C read from
// address 0x1D is not acknowledged.
package main

import "machine"

func main() {
	machine.InitADC()
	a := machine.ADC{Pin: machine.A0}
	a.Configure(machine.ADCConfig{})
	println("adc", a.Get())
	machine.SPI0.Configure(machine.SPIConfig{Frequency: 1000000})
	b, err := machine.SPI0.Transfer(0xA5)
	println("spi", b, err == nil)
	machine.I2C0.Configure(machine.I2CConfig{})
	var buf [1]byte
	err = machine.I2C0.ReadRegister(0x1D, 0x0D, buf[:])
	if err != nil {
		println("i2c", err.Error())
	} else {
		println("i2c", buf[0])
	}
	println("done")
}
