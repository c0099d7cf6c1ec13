//go:build itsybitsy_m4

package machine

// The Adafruit ItsyBitsy M4 Express (ATSAMD51G19A): pins as printed on the board,
// wired as Adafruit's pinout gives them.
const (
	D0  = PA16 // RX
	D1  = PA17 // TX
	D2  = PA07
	D3  = PB22
	D4  = PA14
	D5  = PA15 // through a 5 V level shifter: output only
	D7  = PA18
	D9  = PA19
	D10 = PA20
	D11 = PA21
	D12 = PA23
	D13 = PA22

	A0 = PA02 // also the DAC's output
	A1 = PA05
	A2 = PB08
	A3 = PB09
	A4 = PA04
	A5 = PA06
)

// LED is the board's red LED, on D13.
const LED = D13

// Serial pins of Serial1 (SERCOM3), and the I2C and SPI pins.
const (
	UART_TX_PIN  = D1
	UART_RX_PIN  = D0
	SDA_PIN      = PA12
	SCL_PIN      = PA13
	SPI0_SCK_PIN = PA01
	SPI0_SDO_PIN = PA00
	SPI0_SDI_PIN = PB23
)
