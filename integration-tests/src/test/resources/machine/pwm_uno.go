// pwm_uno drives D6 and D5 (Timer0's OC0A and OC0B) at a quarter and three quarters
// of a 1 ms period (which the 8-bit timer rounds up to 1.024 ms), prints what the
// timer says, then waits.
package main

import (
	"machine"
	"time"
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
