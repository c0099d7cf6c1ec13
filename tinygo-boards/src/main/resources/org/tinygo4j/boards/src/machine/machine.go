//go:build baremetal

// Package machine gives programs the hardware of the board they run on: pins, the
// serial port (UART) and the chip's clock, with the names and shapes of TinyGo's
// machine package, so that code written for TinyGo compiles unchanged. This file
// holds what every chip shares; machine_<chip>.go drives the chip's registers
// (through device/<chip>, the register addresses from its datasheet), and
// board_<board>.go names the pins of the board.
package machine

// Pin is a GPIO pin of the chip, numbered as TinyGo numbers them: port * 8 + bit
// on 8-bit ports (AVR, LM3S), port * 32 + bit on 32-bit ports (nRF, SAM D).
type Pin uint8

// NoPin stands for "no pin", e.g. an unused UART line.
const NoPin Pin = 0xff

// PinMode says how a pin is used.
type PinMode uint8

// The pin modes every chip has. A chip without pull-down resistors (the ATmega328P)
// treats PinInputPulldown as PinInput.
const (
	PinInput PinMode = iota
	PinOutput
	PinInputPullup
	PinInputPulldown
)

// PinConfig configures a pin.
type PinConfig struct {
	Mode PinMode
}

// Set drives an output pin high (true) or low (false).
func (p Pin) Set(high bool) {
	if high {
		p.High()
	} else {
		p.Low()
	}
}

// UARTConfig configures a UART. Zero values mean the board's defaults: 115200 baud
// (9600 on the Arduino Nano 33 IoT, whose core still runs at 1 MHz) on the board's
// serial pins.
type UARTConfig struct {
	BaudRate uint32
	TX       Pin
	RX       Pin
}

// Write sends data, waiting until the UART has taken every byte.
func (uart *UART) Write(data []byte) (n int, err error) {
	for _, c := range data {
		uart.WriteByte(c)
	}
	return len(data), nil
}

// Serialer is what machine.Serial offers, whatever the board's serial port is.
type Serialer interface {
	WriteByte(c byte) error
	Write(data []byte) (n int, err error)
	Configure(config UARTConfig) error
	Buffered() int
	ReadByte() (byte, error)
}

// Serial is the board's serial port: println and fmt write to it (on
// cortex-m-qemu they use semihosting instead, and Serial is UART0).
var Serial = DefaultUART

// InitSerial sets up Serial as println needs it, at the board's default speed; the
// runtime calls it at start-up.
func InitSerial() {
	initDefaultUART()
}
