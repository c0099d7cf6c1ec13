//go:build atsamd21

// Package sam holds the peripheral register addresses and bit fields of the
// Microchip (Atmel) SAM D21 that package machine and the runtime use, as the SAM D21
// family datasheet gives them. Registers are addresses: read and write them with
// package runtime/volatile.
package sam

// Device is the name of the chip family.
const Device = "ATSAMD21"

// PORT: groups A and B, 0x80 apart.
const (
	PORT          = 0x41004400
	PORT_GROUP    = 0x80 // distance between groups A and B
	PORT_DIR      = 0x00
	PORT_DIRCLR   = 0x04
	PORT_DIRSET   = 0x08
	PORT_OUT      = 0x10
	PORT_OUTCLR   = 0x14
	PORT_OUTSET   = 0x18
	PORT_IN       = 0x20
	PORT_PMUX0    = 0x30 // one byte per pair of pins
	PORT_PINCFG0  = 0x40 // one byte per pin
	PINCFG_PMUXEN = 1 << 0
	PINCFG_INEN   = 1 << 1
	PINCFG_PULLEN = 1 << 2
)

// Power manager, generic clock controller and SERCOM5 in USART mode.
const (
	PM_APBCMASK          = 0x40000420
	PM_APBCMASK_SERCOM5  = 1 << 7
	GCLK_CLKCTRL         = 0x40000C02
	GCLK_CLKCTRL_CLKEN   = 1 << 14
	GCLK_ID_SERCOM5_CORE = 0x19

	SERCOM5                  = 0x42001C00
	SERCOM_CTRLA             = 0x00
	SERCOM_CTRLB             = 0x04
	SERCOM_BAUD              = 0x0C
	SERCOM_INTFLAG           = 0x18
	SERCOM_SYNCBUSY          = 0x1C
	SERCOM_DATA              = 0x28
	USART_CTRLA_MODE_INT_CLK = 1 << 2
	USART_CTRLA_ENABLE       = 1 << 1
	USART_CTRLA_DORD         = 1 << 30
	USART_CTRLA_TXPO_PAD2    = 1 << 16
	USART_CTRLA_RXPO_PAD3    = 3 << 20
	USART_CTRLB_TXEN         = 1 << 16
	USART_CTRLB_RXEN         = 1 << 17
	USART_INTFLAG_DRE        = 1 << 0
	USART_INTFLAG_RXC        = 1 << 2
)
