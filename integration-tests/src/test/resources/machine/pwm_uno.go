// pwm_uno drives D6 and D5 (Timer0's OC0A and OC0B) at a quarter and three quarters
// of a 1 ms period (which the 8-bit timer rounds up to 1.024 ms), and Timer2 at a 2 ms
// period (2.048 ms, its prescaler 128): D3 (OC2B) inverted at a quarter (low for a
// quarter of the period), D11 (OC2A) at 100%; it prints what the timers say, then
// waits.
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
	// All channels are taken before any duty is set: Channel drives its pin low through
	// PORTx, and simavr lets such a write change the other pins of the port that a timer
	// drives (the chip does not: a connected compare output overrides PORTx).
	pwm := machine.Timer0
	err := pwm.Configure(machine.PWMConfig{Period: 1000000})
	if err != nil {
		println("configure:", err.Error())
	}
	t2 := machine.Timer2
	err = t2.Configure(machine.PWMConfig{Period: 2000000})
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
	c, _ := t2.Channel(machine.D11)
	d, _ := t2.Channel(machine.D3)
	pwm.Set(a, pwm.Top()/4)
	pwm.Set(b, pwm.Top()*3/4)
	t2.SetInverting(d, true)
	t2.Set(c, t2.Top())
	t2.Set(d, t2.Top()/4)
	println("top", pwm.Top(), "period", uint32(pwm.Period()), "channels", a, b)
	println("top", t2.Top(), "period", uint32(t2.Period()), "channels", c, d)
	for {
		time.Sleep(time.Second)
	}
}
