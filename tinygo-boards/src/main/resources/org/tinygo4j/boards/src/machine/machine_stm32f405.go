//go:build stm32f405

package machine

import (
	"device/stm32"
	"runtime/volatile"
	"unsafe"
)

// The STM32F405: GPIO ports A to I of 16 pins each, and USART1, the serial port of
// DefaultUART. The clock constants are those of the usual 168 MHz set-up (a PLL from
// the 25 MHz crystal, APB2 at 84 MHz, APB1 at 42 MHz), the clock qemu's model runs
// at; the chip's own set-up of the PLL and the prescalers is not done yet, so on the
// hardware, which starts on its 16 MHz internal oscillator, baud rates and times
// would be off by that ratio.

// Device is the name of the chip.
const Device = stm32.Device

// CPUFrequency returns the processor clock in hertz.
func CPUFrequency() uint32 {
	return 168000000
}

// apb2Frequency is the clock of USART1 and USART6.
const apb2Frequency = 84000000

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// Pins of ports A to I, numbered port * 16 + bit.
const (
	PA0 Pin = iota
	PA1
	PA2
	PA3
	PA4
	PA5
	PA6
	PA7
	PA8
	PA9
	PA10
	PA11
	PA12
	PA13
	PA14
	PA15
	PB0
	PB1
	PB2
	PB3
	PB4
	PB5
	PB6
	PB7
	PB8
	PB9
	PB10
	PB11
	PB12
	PB13
	PB14
	PB15
	PC0
	PC1
	PC2
	PC3
	PC4
	PC5
	PC6
	PC7
	PC8
	PC9
	PC10
	PC11
	PC12
	PC13
	PC14
	PC15
	PD0
	PD1
	PD2
	PD3
	PD4
	PD5
	PD6
	PD7
	PD8
	PD9
	PD10
	PD11
	PD12
	PD13
	PD14
	PD15
	PE0
	PE1
	PE2
	PE3
	PE4
	PE5
	PE6
	PE7
	PE8
	PE9
	PE10
	PE11
	PE12
	PE13
	PE14
	PE15
	PF0
	PF1
	PF2
	PF3
	PF4
	PF5
	PF6
	PF7
	PF8
	PF9
	PF10
	PF11
	PF12
	PF13
	PF14
	PF15
	PG0
	PG1
	PG2
	PG3
	PG4
	PG5
	PG6
	PG7
	PG8
	PG9
	PG10
	PG11
	PG12
	PG13
	PG14
	PG15
	PH0
	PH1
	PH2
	PH3
	PH4
	PH5
	PH6
	PH7
	PH8
	PH9
	PH10
	PH11
	PH12
	PH13
	PH14
	PH15
	PI0
	PI1
	PI2
	PI3
	PI4
	PI5
	PI6
	PI7
	PI8
	PI9
	PI10
	PI11
	PI12
	PI13
	PI14
	PI15
)

// port returns the base address of the pin's GPIO port and the pin's bit.
func (p Pin) port() (base uintptr, bit uint32) {
	return stm32.GPIOA + uintptr(p>>4)*stm32.GPIO_GAP, uint32(p & 15)
}

// setField writes v into the width-bit field of the register at addr that starts at
// bit shift.
func setField(addr uintptr, shift, width, v uint32) {
	mask := uint32(1)<<width - 1
	old := volatile.LoadUint32(reg32(addr))
	volatile.StoreUint32(reg32(addr), old&^(mask<<shift)|v<<shift)
}

// Configure clocks the pin's port and sets the pin's mode and pull resistor.
func (p Pin) Configure(config PinConfig) {
	base, bit := p.port()
	setField(stm32.RCC_AHB1ENR, uint32(p>>4), 1, 1)
	mode, pull := uint32(stm32.GPIO_MODE_INPUT), uint32(stm32.GPIO_PULL_NONE)
	switch config.Mode {
	case PinOutput:
		mode = stm32.GPIO_MODE_OUTPUT
	case PinInputPullup:
		pull = stm32.GPIO_PULL_UP
	case PinInputPulldown:
		pull = stm32.GPIO_PULL_DOWN
	}
	setField(base+stm32.GPIO_PUPDR, 2*bit, 2, pull)
	setField(base+stm32.GPIO_MODER, 2*bit, 2, mode)
}

// configureAlternate gives the pin to a peripheral (function af, 0-15).
func (p Pin) configureAlternate(af uint32) {
	base, bit := p.port()
	setField(stm32.RCC_AHB1ENR, uint32(p>>4), 1, 1)
	afr := base + stm32.GPIO_AFRL
	if bit >= 8 {
		afr = base + stm32.GPIO_AFRH
	}
	setField(afr, 4*(bit&7), 4, af)
	setField(base+stm32.GPIO_MODER, 2*bit, 2, stm32.GPIO_MODE_ALTERNATE)
}

// High drives the pin high: one write to the set half of BSRR, no read-modify-write.
func (p Pin) High() {
	base, bit := p.port()
	volatile.StoreUint32(reg32(base+stm32.GPIO_BSRR), 1<<bit)
}

// Low drives the pin low through the reset half of BSRR.
func (p Pin) Low() {
	base, bit := p.port()
	volatile.StoreUint32(reg32(base+stm32.GPIO_BSRR), 1<<(bit+16))
}

// Get reads the pin's level.
func (p Pin) Get() bool {
	base, bit := p.port()
	return volatile.LoadUint32(reg32(base+stm32.GPIO_IDR))&(1<<bit) != 0
}

// UART is the chip's USART1 used as an asynchronous serial port (USART2 and USART6
// are not supported yet). It holds no register address: a UART with a non-zero
// initial value would make machine.Serial a pointer set at start-up rather than a
// constant, and every println would carry a nil check and the panic code behind it.
type UART struct {
	rx RingBuffer // what was received, not yet read
}

// usart is the register block of UART1.
const usart = stm32.USART1

// UART1 is USART1, the serial port qemu's netduinoplus2 connects to its console.
var UART1 = &_UART1

var _UART1 UART

// DefaultUART is UART1.
var DefaultUART = UART1

// Configure clocks USART1, routes it to UART_TX_PIN and UART_RX_PIN, sets the baud
// rate (zero: 115200) and 8N1, and enables sending and receiving. config.TX and
// config.RX are ignored: the pins are fixed.
func (uart *UART) Configure(config UARTConfig) error {
	if config.BaudRate == 0 {
		config.BaudRate = 115200
	}
	setField(stm32.RCC_APB2ENR, 4, 1, 1) // USART1EN
	UART_TX_PIN.configureAlternate(stm32.GPIO_AF7_USART1_3)
	UART_RX_PIN.configureAlternate(stm32.GPIO_AF7_USART1_3)
	volatile.StoreUint32(reg32(usart+stm32.USART_CR1), 0)
	uart.SetBaudRate(config.BaudRate)
	volatile.StoreUint32(reg32(usart+stm32.USART_CR1), stm32.USART_CR1_UE|stm32.USART_CR1_TE|stm32.USART_CR1_RE)
	uart.enableReceiveInterrupt()
	return nil
}

// SetBaudRate sets the divisor of the bus clock: with 16 samples a bit, BRR holds
// f / (16 * baud) in 12.4 fixed point, which is f / baud, rounded.
func (uart *UART) SetBaudRate(baud uint32) {
	volatile.StoreUint32(reg32(usart+stm32.USART_BRR), (apb2Frequency+baud/2)/baud)
}

// WriteByte waits until the transmit data register is empty and queues one byte.
func (uart *UART) WriteByte(c byte) error {
	for volatile.LoadUint32(reg32(usart+stm32.USART_SR))&stm32.USART_SR_TXE == 0 {
	}
	volatile.StoreUint32(reg32(usart+stm32.USART_DR), uint32(c))
	return nil
}

// initDefaultUART starts USART1's transmitter at 115200 baud with constant register
// values (no division), which is what println needs.
func initDefaultUART() {
	volatile.StoreUint32(reg32(stm32.RCC_APB2ENR), stm32.RCC_APB2ENR_USART1EN)
	UART_TX_PIN.configureAlternate(stm32.GPIO_AF7_USART1_3)
	volatile.StoreUint32(reg32(stm32.USART1+stm32.USART_BRR), (apb2Frequency+115200/2)/115200)
	volatile.StoreUint32(reg32(stm32.USART1+stm32.USART_CR1), stm32.USART_CR1_UE|stm32.USART_CR1_TE)
}

// receiveByte takes the received byte, if there is one.
func (uart *UART) receiveByte() (byte, bool) {
	if volatile.LoadUint32(reg32(usart+stm32.USART_SR))&stm32.USART_SR_RXNE == 0 {
		return 0, false
	}
	return byte(volatile.LoadUint32(reg32(usart + stm32.USART_DR))), true
}
