//go:build pico

package machine

// The Raspberry Pi Pico (RP2040), pins named as on its pinout: GP0 to GP28 are the
// chip's GPIOs of those numbers; GP23-GP25 and GP29 are wired on the board.
const (
	GP0  = GPIO0
	GP1  = GPIO1
	GP2  = GPIO2
	GP3  = GPIO3
	GP4  = GPIO4
	GP5  = GPIO5
	GP6  = GPIO6
	GP7  = GPIO7
	GP8  = GPIO8
	GP9  = GPIO9
	GP10 = GPIO10
	GP11 = GPIO11
	GP12 = GPIO12
	GP13 = GPIO13
	GP14 = GPIO14
	GP15 = GPIO15
	GP16 = GPIO16
	GP17 = GPIO17
	GP18 = GPIO18
	GP19 = GPIO19
	GP20 = GPIO20
	GP21 = GPIO21
	GP22 = GPIO22
	GP23 = GPIO23 // the SMPS's power-save input
	GP24 = GPIO24 // VBUS sense
	GP25 = GPIO25 // the LED
	GP26 = GPIO26
	GP27 = GPIO27
	GP28 = GPIO28
	GP29 = GPIO29 // VSYS / 3 (ADC3)
)

// LED is the green user LED, on GP25 (high lights it).
const LED = GP25

// Analog inputs (ADC0-ADC2 on GP26-GP28).
const (
	A0 = GP26
	A1 = GP27
	A2 = GP28
)

// Serial pins of DefaultUART (UART0), the Pico's pins 1 and 2.
const (
	UART_TX_PIN = GP0
	UART_RX_PIN = GP1
)
