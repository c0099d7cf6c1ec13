//go:build arduino

package machine

// The Arduino Uno: digital pins D0..D13, analog pins A0..A5, as printed on the board.
const (
	D0  = PD0 // RX
	D1  = PD1 // TX
	D2  = PD2
	D3  = PD3
	D4  = PD4
	D5  = PD5
	D6  = PD6
	D7  = PD7
	D8  = PB0
	D9  = PB1
	D10 = PB2
	D11 = PB3
	D12 = PB4
	D13 = PB5

	A0 = PC0
	A1 = PC1
	A2 = PC2
	A3 = PC3
	A4 = PC4 // SDA
	A5 = PC5 // SCL
)

// LED is the board's LED "L", on D13.
const LED = D13

// Serial pins (USART0, wired to the USB interface chip).
const (
	UART_TX_PIN = D1
	UART_RX_PIN = D0
)
