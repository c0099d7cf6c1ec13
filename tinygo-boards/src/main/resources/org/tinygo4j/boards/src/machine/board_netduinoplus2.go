//go:build netduinoplus2

package machine

// The Netduino Plus 2 (Secret Labs), an STM32F405RG in the Arduino form factor, and
// qemu's netduinoplus2 model of it. The header names given here are those whose
// wiring the board's serial ports and SPI bus pin down; the chip's names (PA0..PI15)
// reach every pin.

// LED is the blue user LED, on PA10; LED2 the white power LED, on PC13.
const (
	LED  = PA10
	LED1 = LED
	LED2 = PC13
)

// BUTTON is the push button, on PB11 (high when pressed).
const BUTTON = PB11

// Header pins: D0/D1 are USART6 (RX/TX), D2/D3 USART2 (RX/TX) with D7/D8 its RTS/CTS,
// D11-D13 SPI2 (MOSI, MISO, SCK).
const (
	D0  = PC7
	D1  = PC6
	D2  = PA3
	D3  = PA2
	D7  = PA1
	D8  = PA0
	D11 = PB15
	D12 = PB14
	D13 = PB13
)

// Serial pins of DefaultUART (USART1). The usual ones, PA9 and PA10, are the board's
// USB VBUS sense and its LED, so USART1 uses its other pair, PB6 and PB7, the I2C
// pins of the header (SCL and SDA).
const (
	UART_TX_PIN = PB6
	UART_RX_PIN = PB7
)
