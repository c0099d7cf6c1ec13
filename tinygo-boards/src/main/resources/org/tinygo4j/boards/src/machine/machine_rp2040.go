//go:build rp2040

package machine

import (
	"device/rp"
	"runtime/volatile"
	"unsafe"
)

// The RP2040 (core 0 only): clocks, GPIO through the SIO block, and UART0, a PL011.

// Device is the name of the chip.
const Device = rp.Device

// CPUFrequency returns the processor clock in hertz: 125 MHz, from PLL_SYS, which
// initClocks starts.
func CPUFrequency() uint32 {
	return 125000000
}

// peripheralHz is clk_peri, the UARTs' clock: clk_sys, undivided.
const peripheralHz = 125000000

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// unreset takes the peripherals of mask out of reset and waits until they are.
func unreset(mask uint32) {
	volatile.StoreUint32(reg32(rp.RESETS_RESET+rp.ATOMIC_CLR), mask)
	for volatile.LoadUint32(reg32(rp.RESETS_RESET_DONE))&mask != mask {
	}
}

// initClocks runs the chip from its 12 MHz crystal: the XOSC (with a 1 ms start-up
// delay, 47 units of 256 cycles) becomes clk_ref, so the watchdog's tick, 12 clk_ref
// cycles, is the TIMER's 1 µs; PLL_SYS multiplies the crystal by 125 (VCO 1500 MHz)
// and divides by 6 and 2 into 125 MHz, which becomes clk_sys (through its auxiliary
// input, switched while clk_sys runs from clk_ref, as the glitchless mux needs);
// clk_peri follows clk_sys. The GPIO banks and the TIMER leave reset. Until then the chip runs from its ring oscillator (about
// 6 MHz), which boot2 leaves it on; the flash's serial clock is clk_sys / 4 (boot2's
// BAUDR), 31.25 MHz at the end.
func initClocks() {
	volatile.StoreUint32(reg32(rp.XOSC_STARTUP), 47)
	volatile.StoreUint32(reg32(rp.XOSC_CTRL), rp.XOSC_CTRL_FREQ_RANGE_1_15MHZ|rp.XOSC_CTRL_ENABLE)
	for volatile.LoadUint32(reg32(rp.XOSC_STATUS))&rp.XOSC_STATUS_STABLE == 0 {
	}
	// clk_sys on clk_ref while clk_ref changes source and the PLL is set up
	volatile.StoreUint32(reg32(rp.CLK_SYS_CTRL+rp.ATOMIC_CLR), rp.CLK_SYS_CTRL_SRC_AUX)
	for volatile.LoadUint32(reg32(rp.CLK_SYS_SELECTED)) != 1 {
	}
	volatile.StoreUint32(reg32(rp.CLK_REF_CTRL), rp.CLK_REF_CTRL_SRC_XOSC)
	for volatile.LoadUint32(reg32(rp.CLK_REF_SELECTED)) != 1<<rp.CLK_REF_CTRL_SRC_XOSC {
	}
	volatile.StoreUint32(reg32(rp.WATCHDOG_TICK), rp.WATCHDOG_TICK_ENABLE|12)

	volatile.StoreUint32(reg32(rp.RESETS_RESET+rp.ATOMIC_SET), rp.RESET_PLL_SYS)
	unreset(rp.RESET_PLL_SYS)
	volatile.StoreUint32(reg32(rp.PLL_SYS_CS), 1) // REFDIV 1: 12 MHz reference
	volatile.StoreUint32(reg32(rp.PLL_SYS_FBDIV_INT), 125)
	volatile.StoreUint32(reg32(rp.PLL_SYS_PWR+rp.ATOMIC_CLR), rp.PLL_PWR_PD|rp.PLL_PWR_VCOPD)
	for volatile.LoadUint32(reg32(rp.PLL_SYS_CS))&rp.PLL_CS_LOCK == 0 {
	}
	volatile.StoreUint32(reg32(rp.PLL_SYS_PRIM), 6<<rp.PLL_PRIM_POSTDIV1|2<<rp.PLL_PRIM_POSTDIV2)
	volatile.StoreUint32(reg32(rp.PLL_SYS_PWR+rp.ATOMIC_CLR), rp.PLL_PWR_POSTDIVPD)

	volatile.StoreUint32(reg32(rp.CLK_SYS_CTRL), rp.CLK_SYS_CTRL_AUXSRC_PLL)
	volatile.StoreUint32(reg32(rp.CLK_SYS_CTRL+rp.ATOMIC_SET), rp.CLK_SYS_CTRL_SRC_AUX)
	for volatile.LoadUint32(reg32(rp.CLK_SYS_SELECTED)) != 1<<rp.CLK_SYS_CTRL_SRC_AUX {
	}
	volatile.StoreUint32(reg32(rp.CLK_PERI_CTRL), rp.CLK_PERI_CTRL_ENABLE|rp.CLK_PERI_CTRL_AUXSRC_SYS)
	unreset(rp.RESET_IO_BANK0 | rp.RESET_PADS_BANK0 | rp.RESET_TIMER)
}

// GPIO pins, GP0 to GP29 (the Pico brings out GP0-GP22 and GP26-GP28).
const (
	GPIO0 Pin = iota
	GPIO1
	GPIO2
	GPIO3
	GPIO4
	GPIO5
	GPIO6
	GPIO7
	GPIO8
	GPIO9
	GPIO10
	GPIO11
	GPIO12
	GPIO13
	GPIO14
	GPIO15
	GPIO16
	GPIO17
	GPIO18
	GPIO19
	GPIO20
	GPIO21
	GPIO22
	GPIO23
	GPIO24
	GPIO25
	GPIO26
	GPIO27
	GPIO28
	GPIO29
)

// setFunction connects the pin to one of its functions (FUNCSEL of GPIOn_CTRL, with
// no overrides).
func (p Pin) setFunction(funcsel uint32) {
	volatile.StoreUint32(reg32(rp.IO_BANK0_GPIO0_CTRL+8*uintptr(p)), funcsel)
}

// setPad sets the pin's pad control: input enabled, 4 mA drive, Schmitt trigger, and
// the given pull resistors.
func (p Pin) setPad(pulls uint32) {
	volatile.StoreUint32(reg32(rp.PADS_BANK0_GPIO0+4*uintptr(p)), rp.PADS_IE|1<<4|rp.PADS_SCHMITT|pulls)
}

// Configure gives the pin to the SIO (software-controlled GPIO) and sets its
// direction and pull resistor. An output's input stays enabled, so Get reads back
// what it drives.
func (p Pin) Configure(config PinConfig) {
	mask := uint32(1) << p
	pulls := uint32(0)
	switch config.Mode {
	case PinInputPullup:
		pulls = rp.PADS_PUE
	case PinInputPulldown:
		pulls = rp.PADS_PDE
	}
	if config.Mode == PinOutput {
		volatile.StoreUint32(reg32(rp.SIO_GPIO_OE_SET), mask)
	} else {
		volatile.StoreUint32(reg32(rp.SIO_GPIO_OE_CLR), mask)
	}
	p.setPad(pulls)
	p.setFunction(rp.FUNCSEL_SIO)
}

// High drives the pin high (GPIO_OUT_SET: no read-modify-write).
func (p Pin) High() {
	volatile.StoreUint32(reg32(rp.SIO_GPIO_OUT_SET), 1<<p)
}

// Low drives the pin low.
func (p Pin) Low() {
	volatile.StoreUint32(reg32(rp.SIO_GPIO_OUT_CLR), 1<<p)
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	return volatile.LoadUint32(reg32(rp.SIO_GPIO_IN))&(1<<p) != 0
}

// UART is UART0 (UART1 is not supported yet). It holds no register address, so
// machine.Serial stays a constant.
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART0 is the chip's first UART, on the board's UART_TX_PIN and UART_RX_PIN.
var UART0 = &_UART0

var _UART0 UART

// DefaultUART is UART0.
var DefaultUART = UART0

// Configure sets the baud rate (zero: 115200) and 8N1 with FIFOs, connects UART0 to
// UART_TX_PIN and UART_RX_PIN (config.TX and config.RX are ignored), and enables
// sending, receiving and the receive interrupt.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	unreset(rp.RESET_UART0)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_CR), 0)
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_CR), rp.UART_CR_UARTEN|rp.UART_CR_TXE|rp.UART_CR_RXE)
	UART_TX_PIN.setPad(0)
	UART_TX_PIN.setFunction(rp.FUNCSEL_UART)
	UART_RX_PIN.setPad(rp.PADS_PUE) // an idle line is high, also when nothing drives it
	UART_RX_PIN.setFunction(rp.FUNCSEL_UART)
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the divisor clk_peri / (16 * baud) as a 16.6 fixed-point number:
// the integer part in IBRD, the fraction in 64ths (rounded) in FBRD. The PL011 takes
// them at the next write of LCR_H, which follows (8N1, FIFOs on).
func (uart *UART) SetBaudRate(baud uint32) {
	div := (peripheralHz*8/baud + 1) / 2 // f * 64 / (16 * baud), rounded
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_IBRD), div>>6)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_FBRD), div&63)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_LCR_H), rp.UART_LCR_H_WLEN8|rp.UART_LCR_H_FEN)
}

// WriteByte waits while the transmit FIFO is full and queues one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint32(reg32(rp.UART0+rp.UART_FR))&rp.UART_FR_TXFF != 0 {
	}
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_DR), uint32(c))
	return nil
}

// initDefaultUART sets the clocks up (the runtime calls it first thing, through
// InitSerial, so everything after it runs at 125 MHz from the crystal and the TIMER
// counts microseconds) and starts UART0's transmitter on UART_TX_PIN at 115200 baud:
// what println needs, with constant divisors.
func initDefaultUART() {
	initClocks()
	unreset(rp.RESET_UART0)
	const div = (peripheralHz*8/115200 + 1) / 2
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_IBRD), div>>6)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_FBRD), div&63)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_LCR_H), rp.UART_LCR_H_WLEN8|rp.UART_LCR_H_FEN)
	volatile.StoreUint32(reg32(rp.UART0+rp.UART_CR), rp.UART_CR_UARTEN|rp.UART_CR_TXE)
	UART_TX_PIN.setPad(0)
	UART_TX_PIN.setFunction(rp.FUNCSEL_UART)
}

// receiveByte takes one byte from the receive FIFO, if it is not empty.
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint32(reg32(rp.UART0+rp.UART_FR))&rp.UART_FR_RXFE != 0 {
		return 0, false
	}
	return byte(volatile.LoadUint32(reg32(rp.UART0 + rp.UART_DR))), true
}
