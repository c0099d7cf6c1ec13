//go:build lm3s6965

package machine

import (
	"device/lm3s"
	"runtime/volatile"
	"unsafe"
)

// Device is the name of the chip.
const Device = lm3s.Device

// CPUFrequency returns the processor clock in hertz: 12 MHz, the clock qemu's
// lm3s6965evb model runs at (no PLL set-up).
func CPUFrequency() uint32 {
	return 12000000
}

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// Pins of ports A to G.
const (
	PA0 Pin = iota
	PA1
	PA2
	PA3
	PA4
	PA5
	PA6
	PA7
	PB0
	PB1
	PB2
	PB3
	PB4
	PB5
	PB6
	PB7
	PC0
	PC1
	PC2
	PC3
	PC4
	PC5
	PC6
	PC7
	PD0
	PD1
	PD2
	PD3
	PD4
	PD5
	PD6
	PD7
	PE0
	PE1
	PE2
	PE3
	PE4
	PE5
	PE6
	PE7
	PF0
	PF1
	PF2
	PF3
	PF4
	PF5
	PF6
	PF7
	PG0
	PG1
	PG2
	PG3
	PG4
	PG5
	PG6
	PG7
)

// port returns the base address of the pin's GPIO port (A-D and E-G are two runs of
// 4 KiB blocks) and the pin's bit.
func (p Pin) port() (base uintptr, mask uint32) {
	n := uintptr(p >> 3)
	base = lm3s.GPIO_PORTA + n*0x1000
	if n >= 4 {
		base = lm3s.GPIO_PORTE + (n-4)*0x1000
	}
	return base, 1 << (p & 7)
}

func setBits(addr uintptr, mask uint32, on bool) {
	v := volatile.LoadUint32(reg32(addr))
	if on {
		v |= mask
	} else {
		v &^= mask
	}
	volatile.StoreUint32(reg32(addr), v)
}

// Configure clocks the pin's port, enables the pin as a digital pin and sets its
// direction and pull resistors.
func (p Pin) Configure(config PinConfig) {
	base, mask := p.port()
	setBits(lm3s.SYSCTL_RCGC2, 1<<(p>>3), true)
	setBits(base+lm3s.GPIO_AFSEL, mask, false)
	setBits(base+lm3s.GPIO_DEN, mask, true)
	setBits(base+lm3s.GPIO_DIR, mask, config.Mode == PinOutput)
	setBits(base+lm3s.GPIO_PUR, mask, config.Mode == PinInputPullup)
	setBits(base+lm3s.GPIO_PDR, mask, config.Mode == PinInputPulldown)
}

// High drives the pin high: one store to the data register's address that masks
// every pin but this one.
func (p Pin) High() {
	base, mask := p.port()
	volatile.StoreUint32(reg32(base+lm3s.GPIO_DATA+uintptr(mask)<<2), 0xFF)
}

// Low drives the pin low.
func (p Pin) Low() {
	base, mask := p.port()
	volatile.StoreUint32(reg32(base+lm3s.GPIO_DATA+uintptr(mask)<<2), 0)
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	base, mask := p.port()
	return volatile.LoadUint32(reg32(base+lm3s.GPIO_DATA+uintptr(mask)<<2)) != 0
}

// UART is the LM3S6965's UART0 (UART1 and UART2 are not supported yet).
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// UART0 is the chip's first UART, on PA0 (RX) and PA1 (TX).
var UART0 = &_UART0

var _UART0 UART

// DefaultUART is UART0.
var DefaultUART = UART0

// Configure routes PA0/PA1 to UART0, sets the baud rate (zero: 115200) and 8N1
// with FIFOs, and enables the UART. config.TX and config.RX are ignored.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	setBits(lm3s.SYSCTL_RCGC2, 1, true)
	setBits(lm3s.GPIO_PORTA+lm3s.GPIO_AFSEL, 3, true)
	setBits(lm3s.GPIO_PORTA+lm3s.GPIO_DEN, 3, true)
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_CTL), 0)
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_LCRH), lm3s.UART_LCRH_WLEN8|lm3s.UART_LCRH_FEN)
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_CTL), lm3s.UART_CTL_UARTEN|lm3s.UART_CTL_TXE|lm3s.UART_CTL_RXE)
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the divisor f / (16 * baud) as a 16.6 fixed-point number: the
// integer part in IBRD, the fraction in 64ths (rounded) in FBRD.
func (uart *UART) SetBaudRate(baud uint32) {
	div := (CPUFrequency()*8/baud + 1) / 2 // f * 64 / (16 * baud), rounded
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_IBRD), div>>6)
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_FBRD), div&63)
}

// WriteByte waits while the transmit FIFO is full and queues one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint32(reg32(lm3s.UART0+lm3s.UART_FR))&lm3s.UART_FR_TXFF != 0 {
	}
	volatile.StoreUint32(reg32(lm3s.UART0+lm3s.UART_DR), uint32(c))
	return nil
}

// initDefaultUART: println uses semihosting on this target, so Serial needs no
// set-up before the program configures it; qemu's UART0 sends without it.
func initDefaultUART() {
}

// receiveByte takes one byte from the receive FIFO, if it is not empty.
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint32(reg32(lm3s.UART0+lm3s.UART_FR))&lm3s.UART_FR_RXFE != 0 {
		return 0, false
	}
	return byte(volatile.LoadUint32(reg32(lm3s.UART0 + lm3s.UART_DR))), true
}
