//go:build atmega328p

package machine

import (
	"device/avr"
	"runtime/volatile"
)

// The ATmega328P's fixed I2C and SPI pins.
const (
	SDA_PIN      = PC4
	SCL_PIN      = PC5
	SPI0_SCK_PIN = PB5
	SPI0_SDO_PIN = PB3
	SPI0_SDI_PIN = PB4
	spiSSPin     = PB2
)

// I2C is the ATmega328P's TWI, a master driven by polling TWINT.
type I2C struct{}

// I2C0 is the chip's TWI (SDA PC4, SCL PC5: the Uno's A4 and A5).
var I2C0 = &_I2C0

var _I2C0 I2C

// Configure sets the bit rate (zero: 100 kHz) and enables the TWI. Its pins are
// fixed, so config.SCL and config.SDA are ignored; the board has no pull-ups of its
// own, the bus needs external ones.
func (i2c *I2C) Configure(config I2CConfig) error {
	i2c.SetBaudRate(config.Frequency)
	volatile.StoreUint8(reg8(avr.TWCR), avr.TWCR_TWEN)
	return nil
}

// SetBaudRate sets TWBR for SCL = F_CPU / (16 + 2 * TWBR), prescaler 1 (zero:
// 100 kHz).
func (i2c *I2C) SetBaudRate(br uint32) error {
	if br == 0 {
		br = TWI_FREQ_100KHZ
	}
	volatile.StoreUint8(reg8(avr.TWSR), 0)
	volatile.StoreUint8(reg8(avr.TWBR), uint8((CPUFrequency()/br-16)/2))
	return nil
}

// command starts one TWI step (TWINT written 1 clears it) and waits until it is done;
// it returns the status code.
func (i2c *I2C) command(cr uint8) uint8 {
	volatile.StoreUint8(reg8(avr.TWCR), cr|avr.TWCR_TWINT|avr.TWCR_TWEN)
	for volatile.LoadUint8(reg8(avr.TWCR))&avr.TWCR_TWINT == 0 {
	}
	return volatile.LoadUint8(reg8(avr.TWSR)) & 0xF8
}

// transfer does one transaction: START, SLA+W and the bytes of head and body, then a
// repeated START, SLA+R and len(r) bytes (ACK for all but the last), then STOP.
func (i2c *I2C) transfer(addr uint8, head, body, r []byte) error {
	err := i2c.transact(addr, head, body, r)
	volatile.StoreUint8(reg8(avr.TWCR), avr.TWCR_TWINT|avr.TWCR_TWSTO|avr.TWCR_TWEN)
	for volatile.LoadUint8(reg8(avr.TWCR))&avr.TWCR_TWSTO != 0 {
	}
	return err
}

func (i2c *I2C) transact(addr uint8, head, body, r []byte) error {
	if len(head)+len(body) > 0 || len(r) == 0 {
		if s := i2c.command(avr.TWCR_TWSTA); s != avr.TW_START {
			return errI2CBusError
		}
		volatile.StoreUint8(reg8(avr.TWDR), addr<<1)
		if i2c.command(0) != avr.TW_MT_SLA_ACK {
			return errI2CAddressNACK
		}
		for _, b := range head {
			if err := i2c.send(b); err != nil {
				return err
			}
		}
		for _, b := range body {
			if err := i2c.send(b); err != nil {
				return err
			}
		}
	}
	if len(r) > 0 {
		if s := i2c.command(avr.TWCR_TWSTA); s != avr.TW_START && s != avr.TW_REP_START {
			return errI2CBusError
		}
		volatile.StoreUint8(reg8(avr.TWDR), addr<<1|1)
		if i2c.command(0) != avr.TW_MR_SLA_ACK {
			return errI2CAddressNACK
		}
		for i := range r {
			var ack uint8
			if i < len(r)-1 {
				ack = avr.TWCR_TWEA
			}
			i2c.command(ack)
			r[i] = volatile.LoadUint8(reg8(avr.TWDR))
		}
	}
	return nil
}

func (i2c *I2C) send(b byte) error {
	volatile.StoreUint8(reg8(avr.TWDR), b)
	if i2c.command(0) != avr.TW_MT_DATA_ACK {
		return errI2CDataNACK
	}
	return nil
}

// SPI is the ATmega328P's SPI, as a master (SCK PB5, SDO PB3, SDI PB4: the Uno's D13,
// D11 and D12; SS, PB2 or D10, is made an output so that the SPI stays master).
type SPI struct{}

// SPI0 is the chip's SPI.
var SPI0 = SPI{}

// Configure sets the pins, the clock (the fastest F_CPU / 2^n, n = 1..7, not above
// config.Frequency; zero: 4 MHz), the mode and the bit order, and enables the SPI.
// The pins are fixed, so config's pins are ignored.
func (spi SPI) Configure(config SPIConfig) error {
	if config.Frequency == 0 {
		config.Frequency = 4000000
	}
	SPI0_SCK_PIN.Configure(PinConfig{Mode: PinOutput})
	SPI0_SDO_PIN.Configure(PinConfig{Mode: PinOutput})
	SPI0_SDI_PIN.Configure(PinConfig{Mode: PinInput})
	spiSSPin.Configure(PinConfig{Mode: PinOutput})
	// divisor 2^n: SPR1:0 = (n-1)/2 with SPI2X for odd n... as the datasheet's table:
	// 2 (SPI2X, 0), 4 (0), 8 (SPI2X, 1), 16 (1), 32 (SPI2X, 2), 64 (2), 128 (3)
	n := uint8(1)
	for n < 7 && CPUFrequency()>>n > config.Frequency {
		n++
	}
	spr := (n - 1) / 2
	if n == 7 {
		spr = 3
	}
	cr := avr.SPCR_SPE | avr.SPCR_MSTR | spr
	if config.LSBFirst {
		cr |= avr.SPCR_DORD
	}
	if config.Mode&1 != 0 {
		cr |= avr.SPCR_CPHA
	}
	if config.Mode&2 != 0 {
		cr |= avr.SPCR_CPOL
	}
	var sr uint8
	if n%2 == 1 && n != 7 {
		sr = avr.SPSR_SPI2X
	}
	volatile.StoreUint8(reg8(avr.SPSR), sr)
	volatile.StoreUint8(reg8(avr.SPCR), cr)
	return nil
}

// Transfer sends one byte and returns the byte received meanwhile.
func (spi SPI) Transfer(b byte) (byte, error) {
	volatile.StoreUint8(reg8(avr.SPDR), b)
	for volatile.LoadUint8(reg8(avr.SPSR))&avr.SPSR_SPIF == 0 {
	}
	return volatile.LoadUint8(reg8(avr.SPDR)), nil
}

// InitADC enables the ADC with its clock at 125 kHz.
func InitADC() {
	volatile.StoreUint8(reg8(avr.ADCSRA), avr.ADCSRA_ADEN|avr.ADCSRA_ADPS_DIV128)
}

// Configure turns the pin's digital input off (DIDR0), as the datasheet advises for
// analog inputs. Only A0..A5 (PC0..PC5) are analog inputs.
func (a ADC) Configure(config ADCConfig) {
	if a.Pin >= PC0 && a.Pin <= PC5 {
		r := reg8(avr.DIDR0)
		volatile.StoreUint8(r, volatile.LoadUint8(r)|1<<(a.Pin-PC0))
	}
}

// Get converts the pin's voltage against AVCC (10 bits) and returns it scaled to 16
// bits; 0 for a pin that is not an analog input.
func (a ADC) Get() uint16 {
	if a.Pin < PC0 || a.Pin > PC5 {
		return 0
	}
	volatile.StoreUint8(reg8(avr.ADMUX), avr.ADMUX_REFS_AVCC|uint8(a.Pin-PC0))
	volatile.StoreUint8(reg8(avr.ADCSRA), avr.ADCSRA_ADEN|avr.ADCSRA_ADSC|avr.ADCSRA_ADPS_DIV128)
	for volatile.LoadUint8(reg8(avr.ADCSRA))&avr.ADCSRA_ADSC != 0 {
	}
	lo := volatile.LoadUint8(reg8(avr.ADCL)) // ADCL first: it locks ADCH until read
	v := uint16(volatile.LoadUint8(reg8(avr.ADCH)))<<8 | uint16(lo)
	return v<<6 | v>>4
}

// PWM is one of the ATmega328P's 8-bit timers in fast PWM mode (TOP 0xFF): Timer0
// drives D6 (PD6, channel 0, OC0A) and D5 (PD5, channel 1, OC0B), Timer2 D11 (PB3,
// channel 0, OC2A) and D3 (PD3, channel 1, OC2B). Timer1 is the runtime's clock and is
// not offered. The period is 256 timer ticks: only the prescaler sets it, so
// SetPeriod picks the shortest period at least as long as the one asked for.
type PWM struct {
	num uint8
}

// The timers offered for PWM.
var (
	Timer0 = PWM{0}
	Timer2 = PWM{2}
)

// pwmInverting holds SetInverting's choice per timer and channel (bit 2*timer+channel).
var pwmInverting uint8

func (pwm PWM) base() uintptr {
	if pwm.num == 2 {
		return avr.TCCR2A
	}
	return avr.TCCR0A
}

// Configure starts the timer in fast PWM mode with the period asked for (zero:
// 1.024 ms, prescaler 64, as Arduino's analogWrite).
func (pwm PWM) Configure(config PWMConfig) error {
	a := reg8(pwm.base())
	volatile.StoreUint8(a, volatile.LoadUint8(a)&0xF0|avr.TCCRA_WGM_FastPWM)
	if config.Period == 0 {
		config.Period = 1024000
	}
	return pwm.SetPeriod(config.Period)
}

// SetPeriod sets the prescaler for the shortest period of 256 ticks that is at least
// period nanoseconds (at 16 MHz: 16 µs, 128 µs, 1.024 ms, 4.096 ms, 16.384 ms; Timer2
// also 512 µs and 2.048 ms).
func (pwm PWM) SetPeriod(period uint64) error {
	if period > 256*1024*1000/16 {
		return ErrPWMPeriodTooLong
	}
	ticks := uint32(period) * 2 / 125 // at 16 MHz
	// Timer0's CS values 1..5 divide by 1, 8, 64, 256, 1024; Timer2's 1..7 by 1, 8,
	// 32, 64, 128, 256, 1024.
	shifts0 := [...]uint8{0, 3, 6, 8, 10}
	shifts2 := [...]uint8{0, 3, 5, 6, 7, 8, 10}
	shifts := shifts0[:]
	if pwm.num == 2 {
		shifts = shifts2[:]
	}
	cs := 0
	for cs < len(shifts)-1 && uint32(256)<<shifts[cs] < ticks {
		cs++
	}
	volatile.StoreUint8(reg8(pwm.base()+1), uint8(cs+1))
	return nil
}

// Top returns the value of Set that means 100% duty: 256 (the output is high for
// value ticks of the 256).
func (pwm PWM) Top() uint32 {
	return 256
}

// Period returns the period in nanoseconds.
func (pwm PWM) Period() uint64 {
	cs := volatile.LoadUint8(reg8(pwm.base()+1)) & 7
	shifts0 := [...]uint8{0, 0, 3, 6, 8, 10, 0, 0}
	shifts2 := [...]uint8{0, 0, 3, 5, 6, 7, 8, 10}
	shift := shifts0[cs]
	if pwm.num == 2 {
		shift = shifts2[cs]
	}
	return uint64(256) << shift * 1000 / 16
}

// Counter returns the timer's count.
func (pwm PWM) Counter() uint32 {
	return uint32(volatile.LoadUint8(reg8(pwm.base() + 2)))
}

// Channel makes the pin an output driven low and returns its channel, or
// ErrInvalidOutputPin when the timer cannot drive it.
func (pwm PWM) Channel(pin Pin) (uint8, error) {
	var ch uint8
	switch {
	case pwm.num == 0 && pin == PD6, pwm.num == 2 && pin == PB3:
		ch = 0
	case pwm.num == 0 && pin == PD5, pwm.num == 2 && pin == PD3:
		ch = 1
	default:
		return 0, ErrInvalidOutputPin
	}
	pin.Low()
	pin.Configure(PinConfig{Mode: PinOutput})
	return ch, nil
}

// SetInverting chooses whether the channel's output is inverted (low for the duty
// cycle, high for the rest); it takes effect at the next Set.
func (pwm PWM) SetInverting(channel uint8, inverting bool) {
	bit := uint8(1) << (2*(pwm.num/2) + channel)
	if inverting {
		pwmInverting |= bit
	} else {
		pwmInverting &^= bit
	}
}

// Set sets the channel's duty cycle to value / Top(). 0 and Top() (or more) are
// constant levels: the output is disconnected from the timer and Set drives the pin
// through its port (low and high, the other way round when inverting); otherwise
// OCRnx = value - 1 and the compare output mode is connected.
func (pwm PWM) Set(channel uint8, value uint32) {
	base := pwm.base()
	ocr := reg8(base + 3 + uintptr(channel&1))
	pos := uint8(avr.TCCRA_COMA_Pos)
	pin := PD6
	if pwm.num == 2 {
		pin = PB3
	}
	if channel&1 != 0 {
		pos = avr.TCCRA_COMB_Pos
		pin = PD5
		if pwm.num == 2 {
			pin = PD3
		}
	}
	inverting := pwmInverting&(1<<(2*(pwm.num/2)+channel&1)) != 0
	a := reg8(base)
	cr := volatile.LoadUint8(a) &^ (3 << pos)
	if value == 0 || value >= 256 {
		volatile.StoreUint8(a, cr)
		pin.Set((value != 0) != inverting)
		return
	}
	volatile.StoreUint8(ocr, uint8(value-1))
	com := uint8(avr.TCCRA_COM_Clear)
	if inverting {
		com = avr.TCCRA_COM_Set
	}
	volatile.StoreUint8(a, cr|com<<pos)
}
