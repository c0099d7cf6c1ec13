//go:build lm3s6965 && qemu

package machine

// cortex-m-qemu: qemu's lm3s6965evb, the Stellaris LM3S6965 evaluation board. Its
// pins keep the chip's names (PA0..PG7).

// LED is the board's status LED, on PF0.
const LED = PF0

// Serial pins (UART0).
const (
	UART_TX_PIN = PA1
	UART_RX_PIN = PA0
)
