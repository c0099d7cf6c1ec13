//go:build stm32f405

package stm32

// Interrupt numbers of the STM32F405 (RM0090, vector table), for
// runtime/interrupt.New.
const (
	IRQ_EXTI0     = 6
	IRQ_EXTI1     = 7
	IRQ_EXTI2     = 8
	IRQ_EXTI3     = 9
	IRQ_EXTI4     = 10
	IRQ_EXTI9_5   = 23
	IRQ_TIM2      = 28
	IRQ_USART1    = 37
	IRQ_USART2    = 38
	IRQ_USART3    = 39
	IRQ_EXTI15_10 = 40
	IRQ_USART6    = 71
)

// EXTI lines 0-15 follow the pins of the same number; SYSCFG's EXTICR1-4 choose the
// port of each line (4 bits per line, A = 0).
const (
	EXTI               = 0x40013C00
	EXTI_IMR           = EXTI + 0x00
	EXTI_RTSR          = EXTI + 0x08
	EXTI_FTSR          = EXTI + 0x0C
	EXTI_SWIER         = EXTI + 0x10
	EXTI_PR            = EXTI + 0x14
	SYSCFG             = 0x40013800
	SYSCFG_EXTICR1     = SYSCFG + 0x08
	RCC_APB2ENR_SYSCFG = 1 << 14
	USART_CR1_RXNEIE   = 1 << 5
)
