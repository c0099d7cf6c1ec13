//go:build lm3s6965

package lm3s

// Interrupt numbers of the LM3S6965 (datasheet, interrupts table), for
// runtime/interrupt.New.
const (
	IRQ_GPIOA  = 0
	IRQ_GPIOB  = 1
	IRQ_GPIOC  = 2
	IRQ_GPIOD  = 3
	IRQ_GPIOE  = 4
	IRQ_UART0  = 5
	IRQ_UART1  = 6
	IRQ_SSI0   = 7
	IRQ_I2C0   = 8
	IRQ_ADC0   = 14
	IRQ_WDT    = 18
	IRQ_TIMER0 = 19
	IRQ_GPIOF  = 30
	IRQ_GPIOG  = 31
	IRQ_UART2  = 33
)

// GPIO interrupt registers, per port: sense (0 edge), both edges, event (1 rising),
// mask, raw and masked status, clear.
const (
	GPIO_IS  = 0x404
	GPIO_IBE = 0x408
	GPIO_IEV = 0x40C
	GPIO_IM  = 0x410
	GPIO_RIS = 0x414
	GPIO_MIS = 0x418
	GPIO_ICR = 0x41C
)

// UART interrupt registers: mask (receive and receive time-out), masked status, clear.
const (
	UART_IM      = 0x038
	UART_MIS     = 0x040
	UART_ICR     = 0x044
	UART_INT_RX  = 1 << 4
	UART_INT_RT  = 1 << 6
	UART_INT_ALL = 0x7F2
)
