// peripherals_nano33 uses the Nano 33 IoT's ADC (A0), SPI (SERCOM1, mode 3), I2C
// (SERCOM4) and PWM (TCC0 on D5, half of a 2 ms period), then waits. There is no
// emulator for the SAMD21: Nano33ImageTest builds it and checks the image.
package main

import (
	"machine"
	"time"
)

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

// pwmTimer is the shape of the PWM interface drivers such as tinygo.org/x/drivers/servo
// take.
type pwmTimer interface {
	Configure(config machine.PWMConfig) error
	Channel(pin machine.Pin) (uint8, error)
	Top() uint32
	Set(channel uint8, value uint32)
	SetPeriod(period uint64) error
}

var (
	_ i2cBus   = machine.I2C0
	_ spiBus   = machine.SPI0
	_ pwmTimer = machine.TCC0
	_ pwmTimer = machine.TCC2
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
