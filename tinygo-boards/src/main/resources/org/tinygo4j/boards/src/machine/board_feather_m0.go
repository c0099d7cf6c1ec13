//go:build feather_m0

package machine

import "device/sam"

// The Adafruit Feather M0 (Basic Proto, Adalogger, RFM69/RFM9x, WiFi: one pinout):
// pins as printed on the board, wired as Adafruit's pinout for the board says. D2, D3
// and D4 are the chip's Arduino Zero numbering and are not on the headers (D4 is the
// Adalogger's SD card select).
const (
	D0  = PA11 // RX
	D1  = PA10 // TX
	D2  = PA14
	D3  = PA09
	D4  = PA08
	D5  = PA15
	D6  = PA20
	D7  = PA21
	D8  = PA06
	D9  = PA07 // also A7, the battery voltage through a divider by 2
	D10 = PA18
	D11 = PA16
	D12 = PA19
	D13 = PA17

	A0 = PA02
	A1 = PB08
	A2 = PB09
	A3 = PA04
	A4 = PA05
	A5 = PB02
	A7 = PA07
)

// LED is the board's red LED, on D13.
const LED = D13

// Serial pins of Serial1 on the headers (RX and TX): SERCOM0 (pads 3 and 2), through
// peripheral function C.
const (
	UART_TX_PIN   = D1
	UART_RX_PIN   = D0
	serial1SERCOM = 0
	serial1PMux   = sam.PORT_PMUX_C
)

// The Feather M0's I2C bus (SDA/SCL on the headers: SERCOM3) and SPI bus (SCK, MOSI,
// MISO on the headers: SERCOM4), as Adafruit's core uses them.
const (
	SDA_PIN      = PA22 // SERCOM3 pad 0
	SCL_PIN      = PA23 // SERCOM3 pad 1
	SPI0_SCK_PIN = PB11 // SERCOM4 pad 3
	SPI0_SDO_PIN = PB10 // SERCOM4 pad 2
	SPI0_SDI_PIN = PA12 // SERCOM4 pad 0
)

// I2C0 is SERCOM3 on SDA and SCL.
var I2C0 = &_I2C0

var _I2C0 = I2C{base: sam.SERCOM3, sercom: 3}

// SPI0 is SERCOM4 on SCK, MOSI (SDO) and MISO (SDI).
var SPI0 = SPI{base: sam.SERCOM4, sercom: 4}
