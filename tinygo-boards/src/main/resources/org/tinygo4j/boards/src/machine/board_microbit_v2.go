//go:build microbit_v2

package machine

// The BBC micro:bit v2 (nRF52833), wired as the micro:bit v2 schematic and pin map
// give it. P0..P20 are the edge connector's pins, the rest name the board's wiring.

// Edge connector.
const (
	P0  = P0_02
	P1  = P0_03
	P2  = P0_04
	P3  = P0_31
	P4  = P0_28
	P5  = P0_14
	P6  = P1_05
	P7  = P0_11
	P8  = P0_10
	P9  = P0_09
	P10 = P0_30
	P11 = P0_23
	P12 = P0_12
	P13 = P0_17
	P14 = P0_01
	P15 = P0_13
	P16 = P1_02
	P19 = P0_26
	P20 = P1_00
)

// Buttons A and B (low when pressed; they have external pull-ups), and the touch
// logo.
const (
	BUTTONA = P0_14
	BUTTONB = P0_23
	LOGO    = P1_04
)

// The 5x5 LED matrix is wired as 5 rows (anodes) by 5 columns (cathodes): an LED
// lights when its row is high and its column low.
const (
	LED_ROW_1 = P0_21
	LED_ROW_2 = P0_22
	LED_ROW_3 = P0_15
	LED_ROW_4 = P0_24
	LED_ROW_5 = P0_19
	LED_COL_1 = P0_28
	LED_COL_2 = P0_11
	LED_COL_3 = P0_31
	LED_COL_4 = P1_05
	LED_COL_5 = P0_30
)

// LED is the top-left LED of the matrix (row 1, column 1). The board has no single
// LED, so LED is not a GPIO number (ports P0 and P1 end at 41): Configure sets up its
// row and column (the column driven low), and High, Low, Set and Get act on its row,
// so High lights it.
const LED Pin = 64

// Serial pins (the USB interface chip's UART), the edge connector's I2C and SPI pins,
// and the internal I2C bus of the motion sensor.
const (
	UART_TX_PIN  = P0_06
	UART_RX_PIN  = P1_08
	SDA_PIN      = P20
	SCL_PIN      = P19
	SPI0_SCK_PIN = P13
	SPI0_SDO_PIN = P15
	SPI0_SDI_PIN = P14
	SDA1_PIN     = P0_16
	SCL1_PIN     = P0_08
)
