//go:build atsamd21

package sam

// The SAM D21's own registers (sam.go has what it shares with the SAM D51).

// Device is the name of the chip family.
const Device = "ATSAMD21"

// PORT, laid out as sam.go says.
const PORT = 0x41004400

// Power manager, generic clock controller and SERCOM5 in USART mode (sam.go has its
// registers), with TX on PAD2 and RX on PAD3.
const (
	PM_APBCMASK          = 0x40000420
	PM_APBCMASK_SERCOM5  = 1 << 7
	GCLK_CLKCTRL         = 0x40000C02
	GCLK_CLKCTRL_CLKEN   = 1 << 14
	GCLK_ID_SERCOM5_CORE = 0x19

	SERCOM5               = 0x42001C00
	USART_CTRLA_TXPO_PAD2 = 1 << 16
	USART_CTRLA_RXPO_PAD3 = 3 << 20
)
