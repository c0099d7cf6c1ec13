//go:build nrf51

package nrf

// TWI (I2C master) and SPI (master) of the nRF51, from the nRF51 Series Reference
// Manual v3.0, chapters 28 and 29. TWI0 and SPI0 share the peripheral slot at
// 0x40003000, TWI1 and SPI1 the one at 0x40004000: only one of each pair can be enabled.
// The offsets below are added to a slot's base address.
const (
	TWI0 = 0x40003000
	TWI1 = 0x40004000
	SPI0 = 0x40003000
	SPI1 = 0x40004000

	TWI_TASKS_STARTRX   = 0x000
	TWI_TASKS_STARTTX   = 0x008
	TWI_TASKS_STOP      = 0x014
	TWI_EVENTS_STOPPED  = 0x104
	TWI_EVENTS_RXDREADY = 0x108
	TWI_EVENTS_TXDSENT  = 0x11C
	TWI_EVENTS_ERROR    = 0x124
	TWI_ERRORSRC        = 0x4C4
	TWI_ENABLE          = 0x500
	TWI_PSELSCL         = 0x508
	TWI_PSELSDA         = 0x50C
	TWI_RXD             = 0x518
	TWI_TXD             = 0x51C
	TWI_FREQUENCY       = 0x524
	TWI_ADDRESS         = 0x588

	TWI_ENABLE_Enabled      = 5
	TWI_FREQUENCY_K100      = 0x01980000
	TWI_FREQUENCY_K250      = 0x04000000
	TWI_FREQUENCY_K400      = 0x06680000
	TWI_ERRORSRC_ANACK      = 1 << 1
	TWI_ERRORSRC_DNACK      = 1 << 2
	TWI_ERRORSRC_OVERRUN    = 1 << 0
	GPIO_PIN_CNF_DRIVE_S0D1 = 6 << 8 // standard 0, disconnected 1: open drain, for I2C

	SPI_EVENTS_READY = 0x108
	SPI_ENABLE       = 0x500
	SPI_PSELSCK      = 0x508
	SPI_PSELMOSI     = 0x50C
	SPI_PSELMISO     = 0x510
	SPI_RXD          = 0x518
	SPI_TXD          = 0x51C
	SPI_FREQUENCY    = 0x524
	SPI_CONFIG       = 0x554

	SPI_ENABLE_Enabled   = 1
	SPI_FREQUENCY_K125   = 0x02000000 // M1 = 8 * K125, M2 = 16 * K125, ... M8 = 64 * K125
	SPI_CONFIG_ORDER_LSB = 1 << 0
	SPI_CONFIG_CPHA      = 1 << 1
	SPI_CONFIG_CPOL      = 1 << 2
)

// ADC: 10-bit successive approximation, chapter 31. AIN0..AIN7 are P0.26, P0.27,
// P0.01..P0.06.
const (
	ADC                  = 0x40007000
	ADC_TASKS_START      = ADC + 0x000
	ADC_EVENTS_END       = ADC + 0x100
	ADC_ENABLE           = ADC + 0x500
	ADC_CONFIG           = ADC + 0x504
	ADC_RESULT           = ADC + 0x508
	ADC_CONFIG_RES_10bit = 2 << 0
	// INPSEL = AnalogInputOneThirdPrescaling, REFSEL = VBG (1.2 V): 0..3.6 V in.
	ADC_CONFIG_INPSEL_OneThird = 2 << 2
	ADC_CONFIG_REFSEL_VBG      = 0 << 5
	ADC_CONFIG_PSEL_Pos        = 8 // one bit per AIN
)
