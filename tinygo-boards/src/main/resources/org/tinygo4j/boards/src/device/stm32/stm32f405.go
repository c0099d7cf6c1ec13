//go:build stm32f405

// Package stm32 holds the peripheral register addresses and bit fields of the
// STMicroelectronics STM32F405 that package machine uses, as the reference manual
// (RM0090) gives them. Registers are addresses: read and write them with package
// runtime/volatile.
package stm32

// Device is the name of the chip.
const Device = "STM32F405"

// Reset and clock control: the clock enables of the peripherals.
const (
	RCC_AHB1ENR = 0x40023830 // bit n: GPIO port n (A = 0 ... I = 8)
	RCC_APB1ENR = 0x40023840
	RCC_APB2ENR = 0x40023844

	RCC_APB1ENR_USART2EN = 1 << 17
	RCC_APB2ENR_USART1EN = 1 << 4
	RCC_APB2ENR_USART6EN = 1 << 5
)

// GPIO ports A to I, 1 KiB apart.
const (
	GPIOA    = 0x40020000
	GPIO_GAP = 0x400

	GPIO_MODER   = 0x00 // two bits a pin: GPIO_MODE_*
	GPIO_OTYPER  = 0x04
	GPIO_OSPEEDR = 0x08
	GPIO_PUPDR   = 0x0C // two bits a pin: GPIO_PULL_*
	GPIO_IDR     = 0x10
	GPIO_ODR     = 0x14
	GPIO_BSRR    = 0x18 // bits 0-15 set pins, bits 16-31 reset them
	GPIO_AFRL    = 0x20 // four bits a pin, pins 0-7
	GPIO_AFRH    = 0x24 // pins 8-15

	GPIO_MODE_INPUT     = 0
	GPIO_MODE_OUTPUT    = 1
	GPIO_MODE_ALTERNATE = 2
	GPIO_MODE_ANALOG    = 3

	GPIO_PULL_NONE = 0
	GPIO_PULL_UP   = 1
	GPIO_PULL_DOWN = 2

	GPIO_AF7_USART1_3 = 7 // USART1, USART2, USART3
	GPIO_AF8_USART4_6 = 8 // UART4, UART5, USART6
)

// USARTs (the same block at each address).
const (
	USART1 = 0x40011000
	USART2 = 0x40004400
	USART6 = 0x40011400

	USART_SR   = 0x00
	USART_DR   = 0x04
	USART_BRR  = 0x08
	USART_CR1  = 0x0C
	USART_CR2  = 0x10
	USART_CR3  = 0x14
	USART_GTPR = 0x18

	USART_SR_RXNE = 1 << 5
	USART_SR_TC   = 1 << 6
	USART_SR_TXE  = 1 << 7

	USART_CR1_RE = 1 << 2
	USART_CR1_TE = 1 << 3
	USART_CR1_UE = 1 << 13
)
