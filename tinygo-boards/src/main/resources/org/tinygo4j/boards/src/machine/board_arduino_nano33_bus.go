//go:build arduino_nano33

package machine

import "device/sam"

// The Nano 33 IoT's I2C bus (A4/A5, SERCOM4, as Arduino's Wire) and SPI bus (D11-D13,
// SERCOM1, as Arduino's SPI).
const (
	SDA_PIN      = A4  // PB08, SERCOM4 pad 0
	SCL_PIN      = A5  // PB09, SERCOM4 pad 1
	SPI0_SCK_PIN = D13 // PA17, SERCOM1 pad 1
	SPI0_SDO_PIN = D11 // PA16, SERCOM1 pad 0
	SPI0_SDI_PIN = D12 // PA19, SERCOM1 pad 3
)

// I2C0 is SERCOM4 on A4 (SDA) and A5 (SCL).
var I2C0 = &_I2C0

var _I2C0 = I2C{base: sam.SERCOM4, sercom: 4}

// SPI0 is SERCOM1 on D13 (SCK), D11 (SDO) and D12 (SDI).
var SPI0 = SPI{base: sam.SERCOM1, sercom: 1}
