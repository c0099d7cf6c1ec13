// pwm_uno drives D6 and D5 (Timer0's OC0A and OC0B) at a quarter and three quarters
// of a 1 ms period (which the 8-bit timer rounds up to 1.024 ms), prints what the
// timer says, then waits.
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
	_ pwmTimer = machine.Timer0
	_ pwmTimer = machine.Timer2
)

func main() {
	pwm := machine.Timer0
	err := pwm.Configure(machine.PWMConfig{Period: 1000000})
	if err != nil {
		println("configure:", err.Error())
	}
	a, err := pwm.Channel(machine.D6)
	if err != nil {
		println("D6:", err.Error())
	}
	b, err := pwm.Channel(machine.D5)
	if err != nil {
		println("D5:", err.Error())
	}
	pwm.Set(a, pwm.Top()/4)
	pwm.Set(b, pwm.Top()*3/4)
	println("top", pwm.Top(), "period", uint32(pwm.Period()), "channels", a, b)
	for {
		time.Sleep(time.Second)
	}
}
