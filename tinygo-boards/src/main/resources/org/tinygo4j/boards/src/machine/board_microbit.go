//go:build microbit

package machine

// The BBC micro:bit (v1). Pin names follow TinyGo: P0..P20 are the edge connector's
// pins, the rest name the board's wiring.

// Edge connector.
const (
	P0  = P0_03
	P1  = P0_02
	P2  = P0_01
	P3  = P0_04
	P4  = P0_05
	P5  = P0_17
	P6  = P0_12
	P7  = P0_11
	P8  = P0_18
	P9  = P0_10
	P10 = P0_06
	P11 = P0_26
	P12 = P0_20
	P13 = P0_23
	P14 = P0_22
	P15 = P0_21
	P16 = P0_16
	P19 = P0_00
	P20 = P0_30
)

// Buttons A and B (low when pressed; they have external pull-ups).
const (
	BUTTONA = P0_17
	BUTTONB = P0_26
)

// The 5x5 LED matrix is wired as 3 rows (anodes) by 9 columns (cathodes): an LED
// lights when its row is high and its column low.
const (
	LED_ROW_1 = P0_13
	LED_ROW_2 = P0_14
	LED_ROW_3 = P0_15
	LED_COL_1 = P0_04
	LED_COL_2 = P0_05
	LED_COL_3 = P0_06
	LED_COL_4 = P0_07
	LED_COL_5 = P0_08
	LED_COL_6 = P0_09
	LED_COL_7 = P0_10
	LED_COL_8 = P0_11
	LED_COL_9 = P0_12
)

// LED is the top-left LED of the matrix (row 1, column 1). The board has no single
// LED, so LED is not a GPIO number: Configure sets up its row and column (the column
// driven low), and High, Low, Set and Get act on its row, so High lights it.
const LED Pin = 32

// Serial pins (the USB interface chip's UART) and the I2C and SPI pins.
const (
	UART_TX_PIN  = P0_24
	UART_RX_PIN  = P0_25
	SDA_PIN      = P20
	SCL_PIN      = P19
	SPI0_SCK_PIN = P13
	SPI0_SDO_PIN = P15
	SPI0_SDI_PIN = P14
)
