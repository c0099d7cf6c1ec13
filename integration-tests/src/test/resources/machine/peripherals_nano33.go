// peripherals_nano33 uses the Nano 33 IoT's ADC (A0), SPI (SERCOM1, mode 3), I2C
// (SERCOM4) and PWM (TCC0 on D5, half of a 2 ms period), then waits. There is no
// emulator for the SAMD21: Nano33ImageTest builds it and checks the image.
package main

import (
	"machine"
	"time"
)

func main() {
	machine.InitADC()
	a := machine.ADC{Pin: machine.A0}
	a.Configure(machine.ADCConfig{})
	println("adc", a.Get())
	machine.SPI0.Configure(machine.SPIConfig{Frequency: 1000000, Mode: machine.Mode3})
	var in [2]byte
	machine.SPI0.Tx([]byte{0x9F, 0}, in[:])
	machine.I2C0.Configure(machine.I2CConfig{})
	var id [1]byte
	err := machine.I2C0.ReadRegister(0x60, 0x00, id[:])
	println("i2c", id[0], err == nil)
	machine.I2C0.WriteRegister(0x60, 0x01, []byte{1, 2})
	pwm := machine.TCC0
	pwm.Configure(machine.PWMConfig{Period: 2000000})
	ch, err := pwm.Channel(machine.D5) // PA05: TCC0/WO[1]
	if err != nil {
		println(err.Error())
	}
	pwm.Set(ch, pwm.Top()/2)
	for {
		time.Sleep(time.Second)
	}
}
