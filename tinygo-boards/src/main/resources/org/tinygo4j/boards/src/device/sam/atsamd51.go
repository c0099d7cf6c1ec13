//go:build atsamd51

package sam

// The SAM D51's own registers (sam.go has what it shares with the SAM D21), as the
// SAM D5x/E5x family datasheet gives them.

// Device is the name of the chip family.
const Device = "ATSAMD51"

// PORT, laid out as sam.go says (as on the SAM D21).
const PORT = 0x41008000

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

// SERCOM3 in USART mode (sam.go has its registers); the SAM D51's transmitter is
// always on PAD0 (TXPO 0), unlike the SAM D21's.
const (
	SERCOM3               = 0x41014000
	USART_CTRLA_TXPO_PAD0 = 0 << 16
	USART_CTRLA_RXPO_PAD1 = 1 << 20
)

// Interrupt numbers of the SAM D51 that package machine uses (datasheet, interrupt
// line mapping): each SERCOM has four lines, of which _2 is receive complete.
const (
	IRQ_SERCOM3_0 = 58
	IRQ_SERCOM3_1 = 59
	IRQ_SERCOM3_2 = 60
	IRQ_SERCOM3_3 = 61
)
