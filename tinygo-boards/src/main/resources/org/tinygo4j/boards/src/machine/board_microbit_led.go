//go:build microbit || microbit_v2

package machine

// machine.LED on the micro:bits, v1 and v2: the matrix LED at row 1, column 1 (the
// board file says which pins those are and which number LED has). Configure makes the
// column an output driven low and configures the row as asked; High, Low, Set and Get
// act on the row (the chip's pin methods map LED to ledAnode).

const (
	ledAnode   = LED_ROW_1
	ledCathode = LED_COL_1
)

// configureLED sets up the LED's two pins through the chip's configure, not
// Configure: a recursive Configure carries a stack check, and with it the panic code.
func configureLED(config PinConfig) {
	ledCathode.configure(PinConfig{Mode: PinOutput})
	ledCathode.Low()
	ledAnode.configure(config)
}
