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

// The clocks: the DFLL48M of SYSCTRL, the generic clock generators' control and the
// flash's wait states (NVMCTRL CTRLB.RWS), for the 48 MHz set-up.
const (
	SYSCTRL_PCLKSR          = 0x4000080C
	SYSCTRL_PCLKSR_DFLLRDY  = 1 << 4
	SYSCTRL_DFLLCTRL        = 0x40000824 // 16 bits
	SYSCTRL_DFLLCTRL_ENABLE = 1 << 1
	SYSCTRL_DFLLVAL         = 0x40000828
	DFLLVAL_COARSE_Pos      = 10 // FINE is bits 9:0

	GCLK_STATUS              = 0x40000C01
	GCLK_STATUS_SYNCBUSY     = 1 << 7
	GCLK_GENCTRL             = 0x40000C04 // ID in bits 3:0
	GCLK_GENCTRL_SRC_DFLL48M = 7 << 8
	GCLK_GENCTRL_GENEN       = 1 << 16
	GCLK_GENCTRL_IDC         = 1 << 17

	NVMCTRL_CTRLB         = 0x41004004
	NVMCTRL_CTRLB_RWS_Pos = 1
	NVMCTRL_CTRLB_RWS_Msk = 0xF << 1
)
