//go:build nrf51

package machine

import (
	"device/nrf"
	"runtime/volatile"
)

// I2C is one of the nRF51's two TWI masters, driven by polling its events.
type I2C struct {
	base uintptr
}

// I2C0 and I2C1 are TWI0 and TWI1. TWI0 shares its registers with SPI0 and TWI1 with
// SPI1: a program uses one of each pair.
var (
	I2C0 = &_I2C0
	I2C1 = &_I2C1
)

var (
	_I2C0 = I2C{base: nrf.TWI0}
	_I2C1 = I2C{base: nrf.TWI1}
)

func (i2c *I2C) reg(offset uintptr) *uint32 {
	return reg32(i2c.base + offset)
}

// Configure sets the pins (zero: the board's SCL_PIN and SDA_PIN) as open-drain
// inputs with pull-ups, selects them and the frequency (zero: 100 kHz) and enables
// the TWI.
func (i2c *I2C) Configure(config I2CConfig) error {
	if config.SCL == 0 && config.SDA == 0 {
		config.SCL = SCL_PIN
		config.SDA = SDA_PIN
	}
	const cnf = nrf.GPIO_PIN_CNF_PULL_Pullup | nrf.GPIO_PIN_CNF_DRIVE_S0D1
	volatile.StoreUint32(reg32(nrf.GPIO_PIN_CNF0+4*uintptr(config.SCL)), cnf)
	volatile.StoreUint32(reg32(nrf.GPIO_PIN_CNF0+4*uintptr(config.SDA)), cnf)
	volatile.StoreUint32(i2c.reg(nrf.TWI_ENABLE), 0)
	volatile.StoreUint32(i2c.reg(nrf.TWI_PSELSCL), uint32(config.SCL))
	volatile.StoreUint32(i2c.reg(nrf.TWI_PSELSDA), uint32(config.SDA))
	i2c.SetBaudRate(config.Frequency)
	volatile.StoreUint32(i2c.reg(nrf.TWI_ENABLE), nrf.TWI_ENABLE_Enabled)
	return nil
}

// SetBaudRate picks the fastest of the TWI's three speeds (100, 250 and 400 kHz) not
// above br; zero, or below 250 kHz, means 100 kHz.
func (i2c *I2C) SetBaudRate(br uint32) error {
	f := uint32(nrf.TWI_FREQUENCY_K100)
	if br >= 400000 {
		f = nrf.TWI_FREQUENCY_K400
	} else if br >= 250000 {
		f = nrf.TWI_FREQUENCY_K250
	}
	volatile.StoreUint32(i2c.reg(nrf.TWI_FREQUENCY), f)
	return nil
}

// transfer does one transaction: ADDRESS, STARTTX and each byte of head and body
// through TXD (waiting for TXDSENT), then STARTRX (a repeated start when something was
// written) and each byte of r from RXD (waiting for RXDREADY; STOP is triggered while
// the last byte comes in, so the TWI answers it with NACK and stops, as the reference
// manual's read sequence does), then STOPPED. An ERROR event (no ACK) stops the
// transaction and is returned.
func (i2c *I2C) transfer(addr uint8, head, body, r []byte) error {
	volatile.StoreUint32(i2c.reg(nrf.TWI_ADDRESS), uint32(addr))
	volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_STOPPED), 0)
	volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_ERROR), 0)
	if len(head)+len(body) > 0 || len(r) == 0 {
		volatile.StoreUint32(i2c.reg(nrf.TWI_TASKS_STARTTX), 1)
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
		volatile.StoreUint32(i2c.reg(nrf.TWI_TASKS_STARTRX), 1)
		for i := range r {
			if i == len(r)-1 {
				volatile.StoreUint32(i2c.reg(nrf.TWI_TASKS_STOP), 1)
			}
			for volatile.LoadUint32(i2c.reg(nrf.TWI_EVENTS_RXDREADY)) == 0 {
				if volatile.LoadUint32(i2c.reg(nrf.TWI_EVENTS_ERROR)) != 0 {
					return i2c.fail()
				}
			}
			volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_RXDREADY), 0)
			r[i] = byte(volatile.LoadUint32(i2c.reg(nrf.TWI_RXD)))
		}
	} else {
		volatile.StoreUint32(i2c.reg(nrf.TWI_TASKS_STOP), 1)
	}
	for volatile.LoadUint32(i2c.reg(nrf.TWI_EVENTS_STOPPED)) == 0 {
	}
	volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_STOPPED), 0)
	return nil
}

// send writes one byte and waits until it was acknowledged (TXDSENT) or not (ERROR).
func (i2c *I2C) send(b byte) error {
	volatile.StoreUint32(i2c.reg(nrf.TWI_TXD), uint32(b))
	for volatile.LoadUint32(i2c.reg(nrf.TWI_EVENTS_TXDSENT)) == 0 {
		if volatile.LoadUint32(i2c.reg(nrf.TWI_EVENTS_ERROR)) != 0 {
			return i2c.fail()
		}
	}
	volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_TXDSENT), 0)
	return nil
}

// fail stops the bus after an ERROR event and says what ERRORSRC reports.
func (i2c *I2C) fail() error {
	volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_ERROR), 0)
	volatile.StoreUint32(i2c.reg(nrf.TWI_TASKS_STOP), 1)
	for volatile.LoadUint32(i2c.reg(nrf.TWI_EVENTS_STOPPED)) == 0 {
	}
	volatile.StoreUint32(i2c.reg(nrf.TWI_EVENTS_STOPPED), 0)
	src := volatile.LoadUint32(i2c.reg(nrf.TWI_ERRORSRC))
	volatile.StoreUint32(i2c.reg(nrf.TWI_ERRORSRC), src) // write 1 to clear
	if src&nrf.TWI_ERRORSRC_ANACK != 0 {
		return errI2CAddressNACK
	}
	if src&nrf.TWI_ERRORSRC_DNACK != 0 {
		return errI2CDataNACK
	}
	return errI2CBusError
}

// SPI is one of the nRF51's two SPI masters, one byte at a time (the nRF51 has no
// SPI DMA).
type SPI struct {
	base uintptr
}

// SPI0 and SPI1 (sharing their registers with I2C0 and I2C1).
var (
	SPI0 = SPI{base: nrf.SPI0}
	SPI1 = SPI{base: nrf.SPI1}
)

// Configure sets the pins (zero: the board's SPI0 pins), the clock (the fastest of
// 125 kHz * 2^n up to 8 MHz not above config.Frequency; zero: 4 MHz), the mode and
// the bit order, and enables the SPI.
func (spi SPI) Configure(config SPIConfig) error {
	if config.SCK == 0 && config.SDO == 0 && config.SDI == 0 {
		config.SCK = SPI0_SCK_PIN
		config.SDO = SPI0_SDO_PIN
		config.SDI = SPI0_SDI_PIN
	}
	if config.Frequency == 0 {
		config.Frequency = 4000000
	}
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_ENABLE), 0)
	config.SCK.Configure(PinConfig{Mode: PinOutput})
	config.SDO.Configure(PinConfig{Mode: PinOutput})
	config.SDI.Configure(PinConfig{Mode: PinInput})
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_PSELSCK), uint32(config.SCK))
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_PSELMOSI), uint32(config.SDO))
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_PSELMISO), uint32(config.SDI))
	f := uint32(nrf.SPI_FREQUENCY_K125)
	for khz := uint32(250000); khz <= config.Frequency && khz <= 8000000; khz *= 2 {
		f <<= 1
	}
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_FREQUENCY), f)
	var cfg uint32
	if config.LSBFirst {
		cfg |= nrf.SPI_CONFIG_ORDER_LSB
	}
	if config.Mode&1 != 0 {
		cfg |= nrf.SPI_CONFIG_CPHA
	}
	if config.Mode&2 != 0 {
		cfg |= nrf.SPI_CONFIG_CPOL
	}
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_CONFIG), cfg)
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_ENABLE), nrf.SPI_ENABLE_Enabled)
	return nil
}

// Transfer sends one byte and returns the byte received meanwhile.
func (spi SPI) Transfer(w byte) (byte, error) {
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_EVENTS_READY), 0)
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_TXD), uint32(w))
	for volatile.LoadUint32(reg32(spi.base+nrf.SPI_EVENTS_READY)) == 0 {
	}
	volatile.StoreUint32(reg32(spi.base+nrf.SPI_EVENTS_READY), 0)
	return byte(volatile.LoadUint32(reg32(spi.base + nrf.SPI_RXD))), nil
}

// InitADC enables the ADC.
func InitADC() {
	volatile.StoreUint32(reg32(nrf.ADC_ENABLE), 1)
}

// Configure does nothing on the nRF51: Get sets the ADC up for its pin each time
// (10 bits, 1/3 of the input against the 1.2 V band gap: 0 to 3.6 V).
func (a ADC) Configure(config ADCConfig) {
}

// Get converts the pin's voltage and returns it scaled to 16 bits; 0 when the pin is
// not an analog input (AIN0..AIN7: P0.26, P0.27, P0.01..P0.06).
func (a ADC) Get() uint16 {
	var ain uint32
	switch {
	case a.Pin >= 1 && a.Pin <= 6:
		ain = uint32(a.Pin) + 1
	case a.Pin == 26 || a.Pin == 27:
		ain = uint32(a.Pin) - 26
	default:
		return 0
	}
	const cfg = nrf.ADC_CONFIG_RES_10bit | nrf.ADC_CONFIG_INPSEL_OneThird | nrf.ADC_CONFIG_REFSEL_VBG
	volatile.StoreUint32(reg32(nrf.ADC_ENABLE), 1)
	volatile.StoreUint32(reg32(nrf.ADC_CONFIG), cfg|1<<(nrf.ADC_CONFIG_PSEL_Pos+ain))
	volatile.StoreUint32(reg32(nrf.ADC_EVENTS_END), 0)
	volatile.StoreUint32(reg32(nrf.ADC_TASKS_START), 1)
	for volatile.LoadUint32(reg32(nrf.ADC_EVENTS_END)) == 0 {
	}
	volatile.StoreUint32(reg32(nrf.ADC_EVENTS_END), 0)
	v := volatile.LoadUint32(reg32(nrf.ADC_RESULT)) & 0x3FF
	return uint16(v<<6 | v>>4)
}
