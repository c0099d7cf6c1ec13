//go:build arduino_mega2560

package machine

// The Arduino Mega 2560: digital pins D0..D53 and analog pins A0..A15 as printed on
// the board, wired to the ATmega2560's ports as the board's schematic (and Arduino's
// pin table for it) has them.
const (
	D0  = PE0 // RX0
	D1  = PE1 // TX0
	D2  = PE4
	D3  = PE5
	D4  = PG5
	D5  = PE3
	D6  = PH3
	D7  = PH4
	D8  = PH5
	D9  = PH6
	D10 = PB4
	D11 = PB5
	D12 = PB6
	D13 = PB7
	D14 = PJ1 // TX3
	D15 = PJ0 // RX3
	D16 = PH1 // TX2
	D17 = PH0 // RX2
	D18 = PD3 // TX1
	D19 = PD2 // RX1
	D20 = PD1 // SDA
	D21 = PD0 // SCL
	D22 = PA0
	D23 = PA1
	D24 = PA2
	D25 = PA3
	D26 = PA4
	D27 = PA5
	D28 = PA6
	D29 = PA7
	D30 = PC7
	D31 = PC6
	D32 = PC5
	D33 = PC4
	D34 = PC3
	D35 = PC2
	D36 = PC1
	D37 = PC0
	D38 = PD7
	D39 = PG2
	D40 = PG1
	D41 = PG0
	D42 = PL7
	D43 = PL6
	D44 = PL5
	D45 = PL4
	D46 = PL3
	D47 = PL2
	D48 = PL1
	D49 = PL0
	D50 = PB3 // MISO
	D51 = PB2 // MOSI
	D52 = PB1 // SCK
	D53 = PB0 // SS

	A0  = PF0
	A1  = PF1
	A2  = PF2
	A3  = PF3
	A4  = PF4
	A5  = PF5
	A6  = PF6
	A7  = PF7
	A8  = PK0
	A9  = PK1
	A10 = PK2
	A11 = PK3
	A12 = PK4
	A13 = PK5
	A14 = PK6
	A15 = PK7
)

// LED is the board's LED "L", on D13.
const LED = D13

// Serial pins (USART0, wired to the USB interface chip).
const (
	UART_TX_PIN = D1
	UART_RX_PIN = D0
)
