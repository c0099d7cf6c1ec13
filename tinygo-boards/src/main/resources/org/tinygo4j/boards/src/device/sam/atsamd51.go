//go:build atsamd51

// Package sam holds the peripheral register addresses and bit fields of the
// Microchip (Atmel) SAM D51 that package machine and the runtime use, as the SAM D5x/E5x
// family datasheet gives them. Registers are addresses: read and write them with
// package runtime/volatile. The PORT and SERCOM register layouts are those of the SAM
// D21 (atsamd21.go), at other addresses; the clocks are new (OSCCTRL, GCLK, MCLK).
package sam

// Device is the name of the chip family.
const Device = "ATSAMD51"

// PORT: groups A and B, 0x80 apart, laid out as on the SAM D21.
const (
	PORT          = 0x41008000
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

// OSCCTRL: the 48 MHz DFLL (running open-loop from reset) and the fractional digital
// PLL DPLL0, whose output is f_ref * (LDR + 1 + LDRFRAC/32).
const (
	OSCCTRL                = 0x40001000
	OSCCTRL_DPLL0CTRLA     = OSCCTRL + 0x30 // 8 bits
	OSCCTRL_DPLL0RATIO     = OSCCTRL + 0x34
	OSCCTRL_DPLL0CTRLB     = OSCCTRL + 0x38
	OSCCTRL_DPLL0SYNCBUSY  = OSCCTRL + 0x3C
	OSCCTRL_DPLL0STATUS    = OSCCTRL + 0x40
	DPLLCTRLA_ENABLE       = 1 << 1
	DPLLCTRLB_REFCLK_GCLK  = 0 << 5
	DPLLSYNCBUSY_ENABLE    = 1 << 1
	DPLLSYNCBUSY_DPLLRATIO = 1 << 2
	DPLLSTATUS_LOCK        = 1 << 0
	DPLLSTATUS_CLKRDY      = 1 << 1
	DPLLRATIO_LDRFRAC_Pos  = 16
)

// GCLK: twelve generators (GENCTRL[n]) feeding the peripheral channels (PCHCTRL[m]);
// generator 0 is the main clock (the CPU's, through MCLK's CPUDIV, 1 from reset).
const (
	GCLK                  = 0x40001C00
	GCLK_SYNCBUSY         = GCLK + 0x04 // GENCTRLn busy: bit 2 + n
	GCLK_GENCTRL0         = GCLK + 0x20 // GENCTRL[n] at GCLK_GENCTRL0 + 4*n
	GCLK_PCHCTRL0         = GCLK + 0x80 // PCHCTRL[m] at GCLK_PCHCTRL0 + 4*m
	GENCTRL_SRC_DFLL      = 6
	GENCTRL_SRC_DPLL0     = 7
	GENCTRL_GENEN         = 1 << 8
	GENCTRL_IDC           = 1 << 9
	GENCTRL_DIV_Pos       = 16
	PCHCTRL_CHEN          = 1 << 6
	PCHCTRL_ID_FDPLL0     = 1      // DPLL0's reference clock
	PCHCTRL_ID_SERCOM3    = 24     // SERCOM3's core clock
	GCLK_SYNCBUSY_GENCTRL = 1 << 2 // of generator 0; generator n: << n
)

// MCLK: the bus clocks of the peripherals (SERCOM3 is on APB B).
const (
	MCLK                  = 0x40000800
	MCLK_APBBMASK         = MCLK + 0x18
	MCLK_APBBMASK_SERCOM3 = 1 << 10
)

// SERCOM3 in USART mode; the register offsets and bits are the SAM D21's, except that
// the transmitter is always on PAD0 (TXPO 0).
const (
	SERCOM3                  = 0x41014000
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
	USART_CTRLA_TXPO_PAD0    = 0 << 16
	USART_CTRLA_RXPO_PAD1    = 1 << 20
	USART_CTRLB_TXEN         = 1 << 16
	USART_CTRLB_RXEN         = 1 << 17
	USART_INTFLAG_DRE        = 1 << 0
	USART_INTFLAG_RXC        = 1 << 2
)

// Interrupt numbers of the SAM D51 that package machine uses (datasheet, interrupt
// line mapping): each SERCOM has four lines, of which _2 is receive complete.
const (
	IRQ_SERCOM3_0 = 58
	IRQ_SERCOM3_1 = 59
	IRQ_SERCOM3_2 = 60
	IRQ_SERCOM3_3 = 61
)
