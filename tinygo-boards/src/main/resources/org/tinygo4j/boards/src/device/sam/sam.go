//go:build sam

// Package sam holds the peripheral register addresses and bit fields of the Microchip
// (Atmel) SAM D chips that package machine and the runtime use: the SAM D21 (SAM D21
// family datasheet) and the SAM D51 (SAM D5x/E5x family datasheet). This file has what
// the two lay out alike, at different addresses: the PORT group's registers and a
// SERCOM's in USART mode, as offsets from the chip's base addresses (atsamd21.go,
// atsamd51.go). Registers are addresses: read and write them with package
// runtime/volatile.
package sam

// PORT: groups A and B, 0x80 apart from the chip's PORT address.
const (
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

// A SERCOM in USART mode (receive complete is bit 2 of INTFLAG and the interrupt
// enables). The pads of TX and RX (CTRLA's TXPO and RXPO) are the chip's.
const (
	SERCOM_CTRLA             = 0x00
	SERCOM_CTRLB             = 0x04
	SERCOM_BAUD              = 0x0C
	SERCOM_INTENCLR          = 0x14
	SERCOM_INTENSET          = 0x16
	SERCOM_INTFLAG           = 0x18
	SERCOM_SYNCBUSY          = 0x1C
	SERCOM_DATA              = 0x28
	USART_CTRLA_MODE_INT_CLK = 1 << 2
	USART_CTRLA_ENABLE       = 1 << 1
	USART_CTRLA_DORD         = 1 << 30
	USART_CTRLB_TXEN         = 1 << 16
	USART_CTRLB_RXEN         = 1 << 17
	USART_INTFLAG_DRE        = 1 << 0
	USART_INTFLAG_RXC        = 1 << 2
)
