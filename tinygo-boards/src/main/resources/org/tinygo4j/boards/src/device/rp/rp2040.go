//go:build rp2040

// Package rp holds the peripheral register addresses and bit fields of the Raspberry
// Pi RP2040 that package machine and the runtime use, as the RP2040 datasheet gives
// them. Registers are addresses: read and write them with package runtime/volatile.
// Most peripherals have atomic aliases of their registers: address + ATOMIC_SET sets
// the written bits, + ATOMIC_CLR clears them, with no read-modify-write.
package rp

// Device is the name of the chip.
const Device = "RP2040"

// Atomic register aliases (datasheet 2.1.2), added to a register's address.
const (
	ATOMIC_XOR = 0x1000
	ATOMIC_SET = 0x2000
	ATOMIC_CLR = 0x3000
)

// RESETS: a peripheral is held in reset while its bit in RESET is set; RESET_DONE
// says when it has left it.
const (
	RESETS_RESET      = 0x4000C000
	RESETS_RESET_DONE = 0x4000C008

	RESET_IO_BANK0   = 1 << 5
	RESET_PADS_BANK0 = 1 << 8
	RESET_PLL_SYS    = 1 << 12
	RESET_TIMER      = 1 << 21
	RESET_UART0      = 1 << 22
	RESET_UART1      = 1 << 23
)

// XOSC, the crystal oscillator (12 MHz on the Pico).
const (
	XOSC_CTRL    = 0x40024000
	XOSC_STATUS  = 0x40024004
	XOSC_STARTUP = 0x4002400C

	XOSC_CTRL_FREQ_RANGE_1_15MHZ = 0xAA0
	XOSC_CTRL_ENABLE             = 0xFAB << 12
	XOSC_STATUS_STABLE           = 1 << 31
)

// CLOCKS: each clock has CTRL, DIV (integer part from bit 8) and SELECTED, a one-hot
// mask of the glitchless source in use (clk_ref and clk_sys only).
const (
	CLK_REF_CTRL     = 0x40008030
	CLK_REF_DIV      = 0x40008034
	CLK_REF_SELECTED = 0x40008038
	CLK_SYS_CTRL     = 0x4000803C
	CLK_SYS_DIV      = 0x40008040
	CLK_SYS_SELECTED = 0x40008044
	CLK_PERI_CTRL    = 0x40008048

	CLK_REF_CTRL_SRC_XOSC    = 2 // SRC, bits 1:0
	CLK_SYS_CTRL_SRC_AUX     = 1 // SRC, bit 0 (0: clk_ref)
	CLK_SYS_CTRL_AUXSRC_PLL  = 0 << 5
	CLK_PERI_CTRL_ENABLE     = 1 << 11
	CLK_PERI_CTRL_AUXSRC_SYS = 0 << 5
	CLK_DIV_ONE              = 1 << 8
)

// PLL_SYS: reference divider, feedback divider, power-down bits, post dividers.
const (
	PLL_SYS_CS        = 0x40028000
	PLL_SYS_PWR       = 0x40028004
	PLL_SYS_FBDIV_INT = 0x40028008
	PLL_SYS_PRIM      = 0x4002800C

	PLL_CS_LOCK       = 1 << 31
	PLL_PWR_PD        = 1 << 0
	PLL_PWR_POSTDIVPD = 1 << 3
	PLL_PWR_VCOPD     = 1 << 5
	PLL_PRIM_POSTDIV1 = 16 // bits 18:16
	PLL_PRIM_POSTDIV2 = 12 // bits 14:12
)

// WATCHDOG's TICK register makes the 1 µs tick of the TIMER from clk_ref: CYCLES
// (bits 8:0) clk_ref cycles a tick.
const (
	WATCHDOG_TICK        = 0x4005802C
	WATCHDOG_TICK_ENABLE = 1 << 9
)

// TIMER: a 64-bit count of microseconds and four 32-bit alarms on its low half.
const (
	TIMER_ALARM0   = 0x40054010
	TIMER_ARMED    = 0x40054020
	TIMER_TIMERAWH = 0x40054024
	TIMER_TIMERAWL = 0x40054028
	TIMER_INTR     = 0x40054034
	TIMER_INTE     = 0x40054038
)

// IO_BANK0: GPIOn_CTRL at IO_BANK0_GPIO0_CTRL + 8n, its FUNCSEL in bits 4:0.
const (
	IO_BANK0_GPIO0_CTRL = 0x40014004

	FUNCSEL_UART = 2
	FUNCSEL_SIO  = 5
	FUNCSEL_NULL = 0x1F
)

// IO_BANK0's GPIO interrupts: four bits a pin (LEVEL_LOW, LEVEL_HIGH, EDGE_LOW,
// EDGE_HIGH), eight pins a register; INTR0-3 are the raw state (edge bits cleared by
// writing 1), PROC0_INTE0-3 core 0's enables, PROC0_INTS0-3 what core 0 is
// interrupted by.
const (
	IO_BANK0_INTR0       = 0x400140F0
	IO_BANK0_PROC0_INTE0 = 0x40014100
	IO_BANK0_PROC0_INTS0 = 0x40014120

	GPIO_INT_EDGE_LOW  = 1 << 2
	GPIO_INT_EDGE_HIGH = 1 << 3
)

// PADS_BANK0: GPIOn's pad control at PADS_BANK0_GPIO0 + 4n.
const (
	PADS_BANK0_GPIO0 = 0x4001C004

	PADS_OD      = 1 << 7 // output disable
	PADS_IE      = 1 << 6 // input enable
	PADS_DRIVE   = 3 << 4
	PADS_PUE     = 1 << 3
	PADS_PDE     = 1 << 2
	PADS_SCHMITT = 1 << 1
)

// SIO, the single-cycle I/O block: the GPIOs' levels and output enables, one bit a
// pin, with set and clear registers.
const (
	SIO_GPIO_IN      = 0xD0000004
	SIO_GPIO_OUT_SET = 0xD0000014
	SIO_GPIO_OUT_CLR = 0xD0000018
	SIO_GPIO_OE_SET  = 0xD0000024
	SIO_GPIO_OE_CLR  = 0xD0000028
)

// UART0 and UART1, ARM PL011s.
const (
	UART0 = 0x40034000
	UART1 = 0x40038000

	UART_DR    = 0x000
	UART_FR    = 0x018
	UART_IBRD  = 0x024
	UART_FBRD  = 0x028
	UART_LCR_H = 0x02C
	UART_CR    = 0x030
	UART_IMSC  = 0x038
	UART_ICR   = 0x044

	UART_FR_RXFE     = 1 << 4
	UART_FR_TXFF     = 1 << 5
	UART_LCR_H_FEN   = 1 << 4
	UART_LCR_H_WLEN8 = 3 << 5
	UART_CR_UARTEN   = 1 << 0
	UART_CR_TXE      = 1 << 8
	UART_CR_RXE      = 1 << 9
	UART_INT_RX      = 1 << 4
	UART_INT_RT      = 1 << 6
)

// Interrupt numbers (datasheet 2.3.2), for runtime/interrupt.New.
const (
	IRQ_TIMER_0  = 0
	IRQ_TIMER_1  = 1
	IRQ_TIMER_2  = 2
	IRQ_TIMER_3  = 3
	IRQ_IO_BANK0 = 13
	IRQ_UART0    = 20
	IRQ_UART1    = 21
)
