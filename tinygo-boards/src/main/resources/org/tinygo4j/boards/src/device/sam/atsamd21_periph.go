//go:build atsamd21

package sam

// SERCOM in I2C master and SPI master mode, the ADC and the TCC timers of the SAM D21,
// as the SAM D21 family datasheet gives them. The SERCOM offsets are added to a
// SERCOM's base address, the TCC offsets to a TCC's.
const (
	SERCOM0 = 0x42000800
	SERCOM1 = 0x42000C00
	SERCOM2 = 0x42001000
	SERCOM3 = 0x42001400
	SERCOM4 = 0x42001800

	PM_APBCMASK_SERCOM0 = 1 << 2 // SERCOMn: 1 << (2 + n)
	PM_APBCMASK_TCC0    = 1 << 8 // TCC1, TCC2: 1 << 9, 1 << 10
	PM_APBCMASK_ADC     = 1 << 16

	GCLK_ID_SERCOM0_CORE = 0x14 // SERCOMn: 0x14 + n
	GCLK_ID_TCC0_TCC1    = 0x1A
	GCLK_ID_TCC2_TC3     = 0x1B
	GCLK_ID_ADC          = 0x1E

	SERCOM_STATUS = 0x1A // I2C master: 16 bits
	SERCOM_ADDR   = 0x24

	I2CM_CTRLA_MODE_MASTER    = 5 << 2
	I2CM_CTRLA_ENABLE         = 1 << 1
	I2CM_CTRLA_SDAHOLD_450NS  = 3 << 20 // hold time as the I2C bus needs at up to 400 kHz
	I2CM_CTRLB_SMEN           = 1 << 8
	I2CM_CTRLB_CMD_STOP       = 3 << 16
	I2CM_CTRLB_CMD_READ       = 2 << 16 // acknowledge action, then read the next byte
	I2CM_CTRLB_ACKACT         = 1 << 18 // send NACK
	I2CM_INTFLAG_MB           = 1 << 0
	I2CM_INTFLAG_SB           = 1 << 1
	I2CM_STATUS_BUSERR        = 1 << 0
	I2CM_STATUS_ARBLOST       = 1 << 1
	I2CM_STATUS_RXNACK        = 1 << 2
	I2CM_STATUS_BUSSTATE_IDLE = 1 << 4
	I2CM_SYNCBUSY_SYSOP       = 1 << 2

	SPI_CTRLA_MODE_MASTER = 3 << 2
	SPI_CTRLA_ENABLE      = 1 << 1
	SPI_CTRLA_DOPO_Pos    = 16
	SPI_CTRLA_DIPO_Pos    = 20
	SPI_CTRLA_CPHA        = 1 << 28
	SPI_CTRLA_CPOL        = 1 << 29
	SPI_CTRLA_DORD        = 1 << 30 // LSB first
	SPI_CTRLB_RXEN        = 1 << 17
	SPI_INTFLAG_DRE       = 1 << 0
	SPI_INTFLAG_RXC       = 1 << 2

	PORT_PMUX_B = 1 // analog functions (ADC)
	PORT_PMUX_C = 2 // SERCOM
	PORT_PMUX_D = 3 // SERCOM-ALT
	PORT_PMUX_E = 4 // TC/TCC
	PORT_PMUX_F = 5 // TCC

	ADC           = 0x42004000
	ADC_CTRLA     = ADC + 0x00
	ADC_REFCTRL   = ADC + 0x01
	ADC_AVGCTRL   = ADC + 0x02
	ADC_SAMPCTRL  = ADC + 0x03
	ADC_CTRLB     = ADC + 0x04 // 16 bits
	ADC_SWTRIG    = ADC + 0x0C
	ADC_INPUTCTRL = ADC + 0x10 // 32 bits
	ADC_INTFLAG   = ADC + 0x18
	ADC_STATUS    = ADC + 0x19
	ADC_RESULT    = ADC + 0x1A // 16 bits
	ADC_CALIB     = ADC + 0x28 // 16 bits

	ADC_CTRLA_ENABLE           = 1 << 1
	ADC_REFCTRL_REFSEL_INTVCC1 = 2 // VDDANA / 2
	ADC_CTRLB_RESSEL_12BIT     = 0 << 4
	ADC_CTRLB_PRESCALER_DIV4   = 0 << 8
	ADC_CTRLB_PRESCALER_DIV32  = 3 << 8
	ADC_INPUTCTRL_MUXNEG_GND   = 0x18 << 8
	ADC_INPUTCTRL_GAIN_DIV2    = 0xF << 24
	ADC_SWTRIG_START           = 1 << 1
	ADC_INTFLAG_RESRDY         = 1 << 0
	ADC_STATUS_SYNCBUSY        = 1 << 7
	// NVM software calibration row: ADC LINEARITY at bits 27..34, BIASCAL at 35..37
	NVM_SW_CALIB = 0x00806020

	TCC0 = 0x42002000
	TCC1 = 0x42002400
	TCC2 = 0x42002800

	TCC_CTRLA    = 0x00
	TCC_SYNCBUSY = 0x08
	TCC_WAVE     = 0x3C
	TCC_PER      = 0x40
	TCC_COUNT    = 0x34
	TCC_CC0      = 0x44 // CCn at 0x44 + 4n

	TCC_CTRLA_ENABLE        = 1 << 1
	TCC_CTRLA_PRESCALER_Pos = 8 // DIV1, 2, 4, 8, 16, 64, 256, 1024
	TCC_WAVE_WAVEGEN_NPWM   = 2
	TCC_WAVE_POL0           = 1 << 16 // POLn: 1 << (16 + n)
)
