//go:build atsamd21

package machine

import (
	"device/sam"
	"runtime/volatile"
)

// sercomPads says which SERCOM pad a pin reaches through peripheral function C
// (SERCOM) and D (SERCOM-ALT), as the SAM D21 datasheet's multiplexing table (pins of
// the 48-pin SAMD21G) gives it: each as 1 + 4 * sercom + pad, 0 where there is none.
func sercomPads(p Pin) (c, d uint8) {
	pad := uint8(p & 3)
	switch {
	case p == PA00 || p == PA01:
		return 0, 1 + 4*1 + pad
	case p >= PA04 && p <= PA07:
		return 0, 1 + 4*0 + pad
	case p >= PA08 && p <= PA11:
		return 1 + 4*0 + pad, 1 + 4*2 + pad
	case p >= PA12 && p <= PA15:
		return 1 + 4*2 + pad, 1 + 4*4 + pad
	case p >= PA16 && p <= PA19:
		return 1 + 4*1 + pad, 1 + 4*3 + pad
	case p == PA20 || p == PA21: // pads 2 and 3
		return 1 + 4*5 + 2 + pad, 1 + 4*3 + 2 + pad
	case p >= PA22 && p <= PA25:
		return 1 + 4*3 + (uint8(p-PA22) & 3), 1 + 4*5 + (uint8(p-PA22) & 3)
	case p == PA30 || p == PA31:
		return 0, 1 + 4*1 + pad
	case p == PB02 || p == PB03: // pads 0 and 1
		return 0, 1 + 4*5 + pad - 2
	case p >= PB08 && p <= PB11:
		return 0, 1 + 4*4 + pad
	case p >= PB12 && p <= PB15:
		return 1 + 4*4 + pad, 0
	case p == PB16 || p == PB17:
		return 1 + 4*5 + pad, 0
	case p == PB22 || p == PB23:
		return 0, 1 + 4*5 + pad
	}
	return 0, 0
}

// setPMux routes the pin to peripheral function fn (0 = A ... 5 = F) through its half
// of the PMUX byte and sets PINCFG.PMUXEN (and INEN, so inputs work).
func (p Pin) setPMux(fn uint8) {
	base, _ := p.group()
	pmux := reg8(base + sam.PORT_PMUX0 + uintptr(p&31)/2)
	if p&1 == 0 {
		volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0xF0|fn)
	} else {
		volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&0x0F|fn<<4)
	}
	volatile.StoreUint8(reg8(base+sam.PORT_PINCFG0+uintptr(p&31)), sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
}

// findPad routes the pin to the SERCOM at the given number and returns its pad there,
// or false when the pin cannot reach that SERCOM.
func findPad(p Pin, sercom uint8) (uint8, bool) {
	c, d := sercomPads(p)
	switch {
	case c != 0 && (c-1)/4 == sercom:
		p.setPMux(sam.PORT_PMUX_C)
		return (c - 1) & 3, true
	case d != 0 && (d-1)/4 == sercom:
		p.setPMux(sam.PORT_PMUX_D)
		return (d - 1) & 3, true
	}
	return 0, false
}

// enableSERCOM clocks the SERCOM from generic clock 0 (the core's clock) and resets it.
func enableSERCOM(base uintptr, sercom uint8) {
	volatile.StoreUint32(reg32(sam.PM_APBCMASK), volatile.LoadUint32(reg32(sam.PM_APBCMASK))|sam.PM_APBCMASK_SERCOM0<<sercom)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), uint16(sam.GCLK_ID_SERCOM0_CORE+uint16(sercom))|sam.GCLK_CLKCTRL_CLKEN)
	volatile.StoreUint32(reg32(base+sam.SERCOM_CTRLA), 1) // SWRST
	for volatile.LoadUint32(reg32(base+sam.SERCOM_SYNCBUSY))&1 != 0 {
	}
}

const errSERCOMPins = busError("SERCOM: pins not on this SERCOM's pads")

// I2C is a SERCOM in I2C master mode, driven by polling its flags (smart mode off).
type I2C struct {
	base   uintptr
	sercom uint8
}

func (i2c *I2C) reg(offset uintptr) *uint32 {
	return reg32(i2c.base + offset)
}

func (i2c *I2C) syncSysop() {
	for volatile.LoadUint32(i2c.reg(sam.SERCOM_SYNCBUSY))&sam.I2CM_SYNCBUSY_SYSOP != 0 {
	}
}

// Configure routes the pins (zero: the board's SDA_PIN and SCL_PIN; SDA must be the
// SERCOM's pad 0 and SCL its pad 1), sets the speed (zero: 100 kHz), enables the
// SERCOM and forces its bus state to idle.
func (i2c *I2C) Configure(config I2CConfig) error {
	if config.SCL == 0 && config.SDA == 0 {
		config.SCL = SCL_PIN
		config.SDA = SDA_PIN
	}
	enableSERCOM(i2c.base, i2c.sercom)
	sda, ok1 := findPad(config.SDA, i2c.sercom)
	scl, ok2 := findPad(config.SCL, i2c.sercom)
	if !ok1 || !ok2 || sda != 0 || scl != 1 {
		return errSERCOMPins
	}
	const ctrla = sam.I2CM_CTRLA_MODE_MASTER | sam.I2CM_CTRLA_SDAHOLD_450NS
	volatile.StoreUint32(i2c.reg(sam.SERCOM_CTRLA), ctrla)
	i2c.SetBaudRate(config.Frequency)
	volatile.StoreUint32(i2c.reg(sam.SERCOM_CTRLA), ctrla|sam.I2CM_CTRLA_ENABLE)
	for volatile.LoadUint32(i2c.reg(sam.SERCOM_SYNCBUSY))&2 != 0 {
	}
	volatile.StoreUint16(reg16(i2c.base+sam.SERCOM_STATUS), sam.I2CM_STATUS_BUSSTATE_IDLE)
	i2c.syncSysop()
	return nil
}

// SetBaudRate sets BAUD for SCL = f / (10 + 2 * BAUD), f the core's clock, the rise
// time neglected (zero: 100 kHz).
func (i2c *I2C) SetBaudRate(br uint32) error {
	if br == 0 {
		br = TWI_FREQ_100KHZ
	}
	baud := CPUFrequency() / (2 * br)
	if baud > 5 {
		baud -= 5
	} else {
		baud = 0
	}
	if baud > 255 {
		baud = 255
	}
	volatile.StoreUint32(i2c.reg(sam.SERCOM_BAUD), baud)
	return nil
}

// transfer does one transaction: ADDR with the write bit (which sends START and the
// address), the bytes of head and body through DATA, each waiting for MB and checking
// RXNACK; then ADDR with the read bit (a repeated start) and len(r) bytes, each waiting
// for SB, acknowledged with CMD 2 (ACK, read on) but the last, answered with NACK and
// STOP.
func (i2c *I2C) transfer(addr uint8, head, body, r []byte) error {
	if len(head)+len(body) > 0 || len(r) == 0 {
		volatile.StoreUint32(i2c.reg(sam.SERCOM_ADDR), uint32(addr)<<1)
		if err := i2c.waitMB(errI2CAddressNACK); err != nil {
			return err
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
		volatile.StoreUint32(i2c.reg(sam.SERCOM_ADDR), uint32(addr)<<1|1)
		for volatile.LoadUint8(reg8(i2c.base+sam.SERCOM_INTFLAG))&sam.I2CM_INTFLAG_SB == 0 {
			if volatile.LoadUint8(reg8(i2c.base+sam.SERCOM_INTFLAG))&sam.I2CM_INTFLAG_MB != 0 {
				i2c.stop()
				return errI2CAddressNACK // MB on a read: the address was not acknowledged
			}
		}
		for i := range r {
			r[i] = byte(volatile.LoadUint32(i2c.reg(sam.SERCOM_DATA)))
			if i == len(r)-1 {
				break
			}
			volatile.StoreUint32(i2c.reg(sam.SERCOM_CTRLB), sam.I2CM_CTRLB_CMD_READ)
			i2c.syncSysop()
			for volatile.LoadUint8(reg8(i2c.base+sam.SERCOM_INTFLAG))&sam.I2CM_INTFLAG_SB == 0 {
			}
		}
		volatile.StoreUint32(i2c.reg(sam.SERCOM_CTRLB), sam.I2CM_CTRLB_ACKACT|sam.I2CM_CTRLB_CMD_STOP)
		i2c.syncSysop()
		return nil
	}
	i2c.stop()
	return nil
}

func (i2c *I2C) send(b byte) error {
	volatile.StoreUint32(i2c.reg(sam.SERCOM_DATA), uint32(b))
	return i2c.waitMB(errI2CDataNACK)
}

// waitMB waits until a byte was sent (MB) and returns nack, after a STOP, when it was
// not acknowledged, or a bus error.
func (i2c *I2C) waitMB(nack error) error {
	for volatile.LoadUint8(reg8(i2c.base+sam.SERCOM_INTFLAG))&sam.I2CM_INTFLAG_MB == 0 {
	}
	status := volatile.LoadUint16(reg16(i2c.base + sam.SERCOM_STATUS))
	if status&(sam.I2CM_STATUS_BUSERR|sam.I2CM_STATUS_ARBLOST) != 0 {
		return errI2CBusError
	}
	if status&sam.I2CM_STATUS_RXNACK != 0 {
		i2c.stop()
		return nack
	}
	return nil
}

func (i2c *I2C) stop() {
	volatile.StoreUint32(i2c.reg(sam.SERCOM_CTRLB), sam.I2CM_CTRLB_CMD_STOP)
	i2c.syncSysop()
}

// SPI is a SERCOM in SPI master mode.
type SPI struct {
	base   uintptr
	sercom uint8
}

// Configure routes the pins (zero: the board's SPI0 pins) to the SERCOM's pads,
// choosing DOPO and DIPO from them, sets the clock (f / (2 * (BAUD + 1)), the fastest
// not above config.Frequency; zero: 4 MHz or the fastest there is), the mode and the
// bit order, and enables the SERCOM with the receiver on.
func (spi SPI) Configure(config SPIConfig) error {
	if config.SCK == 0 && config.SDO == 0 && config.SDI == 0 {
		config.SCK = SPI0_SCK_PIN
		config.SDO = SPI0_SDO_PIN
		config.SDI = SPI0_SDI_PIN
	}
	if config.Frequency == 0 {
		config.Frequency = 4000000
	}
	enableSERCOM(spi.base, spi.sercom)
	sck, ok1 := findPad(config.SCK, spi.sercom)
	sdo, ok2 := findPad(config.SDO, spi.sercom)
	sdi, ok3 := findPad(config.SDI, spi.sercom)
	if !ok1 || !ok2 || !ok3 {
		return errSERCOMPins
	}
	// DOPO: 0 = DO on pad 0, SCK on 1; 1 = DO 2, SCK 3; 2 = DO 3, SCK 1; 3 = DO 0, SCK 3
	var dopo uint32
	switch {
	case sdo == 0 && sck == 1:
		dopo = 0
	case sdo == 2 && sck == 3:
		dopo = 1
	case sdo == 3 && sck == 1:
		dopo = 2
	case sdo == 0 && sck == 3:
		dopo = 3
	default:
		return errSERCOMPins
	}
	ctrla := sam.SPI_CTRLA_MODE_MASTER | dopo<<sam.SPI_CTRLA_DOPO_Pos | uint32(sdi)<<sam.SPI_CTRLA_DIPO_Pos
	if config.LSBFirst {
		ctrla |= sam.SPI_CTRLA_DORD
	}
	if config.Mode&1 != 0 {
		ctrla |= sam.SPI_CTRLA_CPHA
	}
	if config.Mode&2 != 0 {
		ctrla |= sam.SPI_CTRLA_CPOL
	}
	volatile.StoreUint32(reg32(spi.base+sam.SERCOM_CTRLA), ctrla)
	volatile.StoreUint32(reg32(spi.base+sam.SERCOM_CTRLB), sam.SPI_CTRLB_RXEN)
	for volatile.LoadUint32(reg32(spi.base+sam.SERCOM_SYNCBUSY)) != 0 {
	}
	f := CPUFrequency()
	baud := uint32(0)
	for baud < 255 && f/(2*(baud+1)) > config.Frequency {
		baud++
	}
	volatile.StoreUint8(reg8(spi.base+sam.SERCOM_BAUD), uint8(baud))
	volatile.StoreUint32(reg32(spi.base+sam.SERCOM_CTRLA), ctrla|sam.SPI_CTRLA_ENABLE)
	for volatile.LoadUint32(reg32(spi.base+sam.SERCOM_SYNCBUSY)) != 0 {
	}
	return nil
}

// Transfer sends one byte and returns the byte received meanwhile.
func (spi SPI) Transfer(w byte) (byte, error) {
	for volatile.LoadUint8(reg8(spi.base+sam.SERCOM_INTFLAG))&sam.SPI_INTFLAG_DRE == 0 {
	}
	volatile.StoreUint32(reg32(spi.base+sam.SERCOM_DATA), uint32(w))
	for volatile.LoadUint8(reg8(spi.base+sam.SERCOM_INTFLAG))&sam.SPI_INTFLAG_RXC == 0 {
	}
	return byte(volatile.LoadUint32(reg32(spi.base + sam.SERCOM_DATA))), nil
}
