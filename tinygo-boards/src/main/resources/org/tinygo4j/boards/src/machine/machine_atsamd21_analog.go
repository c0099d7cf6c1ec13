//go:build atsamd21

package machine

import (
	"device/sam"
	"runtime/volatile"
)

// adcInput returns the ADC input (AINn) a pin reaches through peripheral function B,
// as the SAM D21 datasheet's multiplexing table gives it.
func adcInput(p Pin) (uint32, bool) {
	switch {
	case p == PA02 || p == PA03:
		return uint32(p - PA02), true
	case p == PB08 || p == PB09:
		return uint32(p-PB08) + 2, true
	case p >= PA04 && p <= PA07:
		return uint32(p-PA04) + 4, true
	case p >= PB00 && p <= PB07:
		return uint32(p-PB00) + 8, true
	case p >= PA08 && p <= PA11:
		return uint32(p-PA08) + 16, true
	}
	return 0, false
}

func syncADC() {
	for volatile.LoadUint8(reg8(sam.ADC_STATUS))&sam.ADC_STATUS_SYNCBUSY != 0 {
	}
}

// InitADC clocks the ADC from generic clock 0, loads its factory calibration (the NVM
// software calibration row's LINEARITY and BIASCAL), and enables it: 12 bits, clock
// 48 MHz / 32 = 1.5 MHz (the ADC takes at most 2.1 MHz), against VDDANA / 2 with the
// input halved (GAIN DIV2), so 0..VDDANA in.
func InitADC() {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_ADC)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), sam.GCLK_ID_ADC|sam.GCLK_CLKCTRL_CLKEN)
	lo := volatile.LoadUint32(reg32(sam.NVM_SW_CALIB))
	hi := volatile.LoadUint32(reg32(sam.NVM_SW_CALIB + 4))
	linearity := (lo>>27 | hi<<5) & 0xFF
	bias := (hi >> 3) & 7
	volatile.StoreUint16(reg16(sam.ADC_CALIB), uint16(bias<<8|linearity))
	syncADC()
	volatile.StoreUint8(reg8(sam.ADC_REFCTRL), sam.ADC_REFCTRL_REFSEL_INTVCC1)
	volatile.StoreUint8(reg8(sam.ADC_AVGCTRL), 0)
	volatile.StoreUint8(reg8(sam.ADC_SAMPCTRL), 0)
	volatile.StoreUint16(reg16(sam.ADC_CTRLB), sam.ADC_CTRLB_RESSEL_12BIT|sam.ADC_CTRLB_PRESCALER_DIV32)
	syncADC()
	volatile.StoreUint8(reg8(sam.ADC_CTRLA), sam.ADC_CTRLA_ENABLE)
	syncADC()
}

// Configure routes the pin to the ADC (peripheral function B).
func (a ADC) Configure(config ADCConfig) {
	if _, ok := adcInput(a.Pin); ok {
		a.Pin.setPMux(sam.PORT_PMUX_B)
	}
}

// Get converts the pin's voltage twice (the first result after a change of input is
// discarded, as the datasheet advises) and returns it scaled to 16 bits; 0 for a pin
// that is not an analog input.
func (a ADC) Get() uint16 {
	ain, ok := adcInput(a.Pin)
	if !ok {
		return 0
	}
	volatile.StoreUint32(reg32(sam.ADC_INPUTCTRL), sam.ADC_INPUTCTRL_GAIN_DIV2|sam.ADC_INPUTCTRL_MUXNEG_GND|ain)
	syncADC()
	var v uint16
	for i := 0; i < 2; i++ {
		volatile.StoreUint8(reg8(sam.ADC_INTFLAG), sam.ADC_INTFLAG_RESRDY)
		volatile.StoreUint8(reg8(sam.ADC_SWTRIG), sam.ADC_SWTRIG_START)
		syncADC()
		for volatile.LoadUint8(reg8(sam.ADC_INTFLAG))&sam.ADC_INTFLAG_RESRDY == 0 {
		}
		v = volatile.LoadUint16(reg16(sam.ADC_RESULT)) & 0xFFF
	}
	return v<<4 | v>>8
}

// TCC is one of the SAM D21's timer/counters for control, in normal PWM mode
// (single slope: each output is high from the start of a period until the count
// reaches its CC register). TCC0 has 4 channels (outputs WO[0..7], WO[n] on channel
// n % 4) and a 24-bit counter, TCC1 2 channels (WO[0..3]) and 24 bits, TCC2 2 channels
// (WO[0..1]) and 16 bits. They count the core's clock.
type TCC struct {
	base uintptr
	num  uint8
}

// The three TCCs.
var (
	TCC0 = &_TCC0
	TCC1 = &_TCC1
	TCC2 = &_TCC2
)

var (
	_TCC0 = TCC{base: sam.TCC0, num: 0}
	_TCC1 = TCC{base: sam.TCC1, num: 1}
	_TCC2 = TCC{base: sam.TCC2, num: 2}
)

func (tcc *TCC) reg(offset uintptr) *uint32 {
	return reg32(tcc.base + offset)
}

func (tcc *TCC) sync() {
	for volatile.LoadUint32(tcc.reg(sam.TCC_SYNCBUSY)) != 0 {
	}
}

// Configure clocks the TCC, sets normal PWM and the period (zero: 1 ms) and starts it.
func (tcc *TCC) Configure(config PWMConfig) error {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_TCC0<<tcc.num)
	id := uint16(sam.GCLK_ID_TCC0_TCC1)
	if tcc.num == 2 {
		id = sam.GCLK_ID_TCC2_TC3
	}
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), id|sam.GCLK_CLKCTRL_CLKEN)
	volatile.StoreUint32(tcc.reg(sam.TCC_CTRLA), 0)
	tcc.sync()
	volatile.StoreUint32(tcc.reg(sam.TCC_WAVE), sam.TCC_WAVE_WAVEGEN_NPWM)
	tcc.sync()
	if config.Period == 0 {
		config.Period = 1000000
	}
	return tcc.SetPeriod(config.Period)
}

// SetPeriod picks the smallest prescaler (1, 2, 4, 8, 16, 64, 256, 1024) with which
// the period fits the counter, sets PER, and (re)starts the TCC. Channels keep their
// CC values, so their duty cycles change with the period; set them again after it.
func (tcc *TCC) SetPeriod(period uint64) error {
	max := uint64(1) << 24
	if tcc.num == 2 {
		max = 1 << 16
	}
	cycles := period * uint64(CPUFrequency()/1000) / 1000000
	if cycles == 0 {
		cycles = 1
	}
	shifts := [...]uint8{0, 1, 2, 3, 4, 6, 8, 10}
	p := 0
	for cycles>>shifts[p] > max {
		p++
		if p == len(shifts) {
			return ErrPWMPeriodTooLong
		}
	}
	volatile.StoreUint32(tcc.reg(sam.TCC_CTRLA), 0)
	tcc.sync()
	volatile.StoreUint32(tcc.reg(sam.TCC_PER), uint32(cycles>>shifts[p])-1)
	tcc.sync()
	volatile.StoreUint32(tcc.reg(sam.TCC_CTRLA), uint32(p)<<sam.TCC_CTRLA_PRESCALER_Pos|sam.TCC_CTRLA_ENABLE)
	tcc.sync()
	return nil
}

// Top returns the value of Set that means 100% duty: PER + 1.
func (tcc *TCC) Top() uint32 {
	return volatile.LoadUint32(tcc.reg(sam.TCC_PER)) + 1
}

// Counter returns the TCC's count (it may lag by a few clocks: no read request is
// made).
func (tcc *TCC) Counter() uint32 {
	return volatile.LoadUint32(tcc.reg(sam.TCC_COUNT))
}

// tccOutputs says which TCC output (WO) a pin reaches through function E and F, as the
// datasheet's multiplexing table gives it: each as 0x80 | tcc << 4 | wo, 0 where there
// is none.
func tccOutputs(p Pin) (e, f uint8) {
	const v = 0x80
	switch p {
	case PA00, PA01:
		return v | 2<<4 | uint8(p&1), 0
	case PA04, PA05:
		return v | 0<<4 | uint8(p&1), 0
	case PA06, PA07, PA30, PA31:
		return v | 1<<4 | uint8(p&1), 0
	case PA08, PA09, PB30, PB31:
		return v | 0<<4 | uint8(p&1), v | 1<<4 | 2 | uint8(p&1)
	case PA10, PA11:
		return v | 1<<4 | uint8(p&1), v | 0<<4 | 2 | uint8(p&1)
	case PA12, PA13, PA16, PA17:
		return v | 2<<4 | uint8(p&1), v | 0<<4 | 6 | uint8(p&1)
	case PA14, PA15, PA22, PA23, PB10, PB11, PB16, PB17:
		return 0, v | 0<<4 | 4 | uint8(p&1)
	case PA18, PA19:
		return 0, v | 0<<4 | 2 | uint8(p&1)
	case PA20, PA21:
		return 0, v | 0<<4 | 6 | uint8(p&1)
	case PA24, PA25:
		return 0, v | 1<<4 | 2 | uint8(p&1)
	}
	return 0, 0
}

// Channel routes the pin to this TCC (function E or F) and returns its channel, or
// ErrInvalidOutputPin when the TCC has no output on the pin.
func (tcc *TCC) Channel(pin Pin) (uint8, error) {
	e, f := tccOutputs(pin)
	channels := uint8(2)
	if tcc.num == 0 {
		channels = 4
	}
	switch {
	case e != 0 && (e>>4)&7 == tcc.num:
		pin.setPMux(sam.PORT_PMUX_E)
		return (e & 15) % channels, nil
	case f != 0 && (f>>4)&7 == tcc.num:
		pin.setPMux(sam.PORT_PMUX_F)
		return (f & 15) % channels, nil
	}
	return 0, ErrInvalidOutputPin
}

// Set sets the channel's duty cycle to value / Top().
func (tcc *TCC) Set(channel uint8, value uint32) {
	volatile.StoreUint32(tcc.reg(sam.TCC_CC0+4*uintptr(channel&3)), value)
	tcc.sync()
}

// SetInverting chooses whether the channel's output is inverted (WAVE.POLn), which
// the TCC takes only while disabled: it stops and restarts it.
func (tcc *TCC) SetInverting(channel uint8, inverting bool) {
	ctrla := volatile.LoadUint32(tcc.reg(sam.TCC_CTRLA))
	volatile.StoreUint32(tcc.reg(sam.TCC_CTRLA), ctrla&^sam.TCC_CTRLA_ENABLE)
	tcc.sync()
	wave := volatile.LoadUint32(tcc.reg(sam.TCC_WAVE))
	if inverting {
		wave |= sam.TCC_WAVE_POL0 << (channel & 3)
	} else {
		wave &^= sam.TCC_WAVE_POL0 << (channel & 3)
	}
	volatile.StoreUint32(tcc.reg(sam.TCC_WAVE), wave)
	tcc.sync()
	volatile.StoreUint32(tcc.reg(sam.TCC_CTRLA), ctrla)
	tcc.sync()
}
