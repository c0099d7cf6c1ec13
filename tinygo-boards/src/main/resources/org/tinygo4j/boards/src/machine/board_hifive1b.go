//go:build hifive1b

package machine

// The SiFive HiFive1 rev B. Pin names follow the chip (GPIO0..GPIO31); D0..D19 are
// the Arduino-style header's.

// The RGB LED's three colours, each lit when its pin is low.
const (
	LED       = LED_RED
	LED_RED   = GPIO22
	LED_GREEN = GPIO19
	LED_BLUE  = GPIO21
)

// Header pins.
const (
	D0  = GPIO16
	D1  = GPIO17
	D2  = GPIO18
	D3  = GPIO19
	D4  = GPIO20
	D5  = GPIO21
	D6  = GPIO22
	D7  = GPIO23
	D8  = GPIO0
	D9  = GPIO1
	D10 = GPIO2
	D11 = GPIO3
	D12 = GPIO4
	D13 = GPIO5
	D15 = GPIO9
	D16 = GPIO10
	D17 = GPIO11
	D18 = GPIO12
	D19 = GPIO13
)

// Serial pins (UART0, the USB serial line).
const (
	UART_TX_PIN = GPIO17
	UART_RX_PIN = GPIO16
)
