//go:build arduino_nano33

package machine

import "device/sam"

// The Arduino Nano 33 IoT: pins as printed on the board, wired as Arduino's board
// description (variant) of the Nano 33 IoT says.
const (
	D0  = PB23 // RX
	D1  = PB22 // TX
	D2  = PB10
	D3  = PB11
	D4  = PA07
	D5  = PA05
	D6  = PA04
	D7  = PA06
	D8  = PA18
	D9  = PA20
	D10 = PA21
	D11 = PA16
	D12 = PA19
	D13 = PA17

	A0 = PA02
	A1 = PB02
	A2 = PA11
	A3 = PA10
	A4 = PB08 // SDA
	A5 = PB09 // SCL
	A6 = PA09
	A7 = PB03
)

// LED is the board's LED, on D13.
const LED = D13

// Serial pins of Serial1: SERCOM5 (pads 2 and 3), through peripheral function D.
const (
	UART_TX_PIN   = D1
	UART_RX_PIN   = D0
	serial1SERCOM = 5
	serial1PMux   = sam.PORT_PMUX_D
)
