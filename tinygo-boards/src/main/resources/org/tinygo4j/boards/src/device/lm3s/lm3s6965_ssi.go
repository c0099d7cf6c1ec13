//go:build lm3s6965

package lm3s

// SSI0, a PrimeCell synchronous serial port (PL022), as the LM3S6965 datasheet gives
// it: its pins are PA2 (SSI0Clk), PA3 (SSI0Fss), PA4 (SSI0Rx) and PA5 (SSI0Tx).
const (
	SYSCTL_RCGC1      = 0x400FE104
	SYSCTL_RCGC1_SSI0 = 1 << 4

	SSI0            = 0x40008000
	SSI_CR0         = 0x000
	SSI_CR1         = 0x004
	SSI_DR          = 0x008
	SSI_SR          = 0x00C
	SSI_CPSR        = 0x010
	SSI_CR0_DSS_8   = 7 // data size - 1
	SSI_CR0_SPO     = 1 << 6
	SSI_CR0_SPH     = 1 << 7
	SSI_CR0_SCR_Pos = 8
	SSI_CR1_SSE     = 1 << 1
	SSI_SR_TNF      = 1 << 1
	SSI_SR_RNE      = 1 << 2
)
