//go:build atsamd21 || atmega328p

package machine

// The chip-independent half of PWM, with TinyGo's API: a timer is configured with
// Configure(PWMConfig{Period}), each pin it can drive gets a channel from
// Channel(pin), and Set(channel, value) sets the duty cycle as value / Top().

// PWMConfig configures a PWM timer. Period is in nanoseconds; zero means the chip's
// default (about 1 ms; each chip's Configure says).
type PWMConfig struct {
	Period uint64
}

// pwmError is the type of the PWM errors: constant strings.
type pwmError string

func (e pwmError) Error() string {
	return string(e)
}

const (
	ErrInvalidOutputPin = pwmError("pwm: invalid output pin")
	ErrPWMPeriodTooLong = pwmError("pwm: period too long")
)
