//go:build atsamd21

package sam

// Interrupt numbers of the SAM D21 (datasheet, interrupt line mapping), for
// runtime/interrupt.New.
const (
	IRQ_PM      = 0
	IRQ_SYSCTRL = 1
	IRQ_WDT     = 2
	IRQ_RTC     = 3
	IRQ_EIC     = 4
	IRQ_NVMCTRL = 5
	IRQ_DMAC    = 6
	IRQ_USB     = 7
	IRQ_EVSYS   = 8
	IRQ_SERCOM0 = 9
	IRQ_SERCOM1 = 10
	IRQ_SERCOM2 = 11
	IRQ_SERCOM3 = 12
	IRQ_SERCOM4 = 13
	IRQ_SERCOM5 = 14
	IRQ_TCC0    = 15
	IRQ_TCC1    = 16
	IRQ_TCC2    = 17
	IRQ_TC3     = 18
	IRQ_TC4     = 19
	IRQ_TC5     = 20
	IRQ_ADC     = 23
	IRQ_AC      = 24
	IRQ_DAC     = 25
)

// EIC, the external interrupt controller: 16 lines EXTINT[0..15]; CONFIG0 and CONFIG1
// hold 4 bits per line (SENSE in the low 3).
const (
	EIC                = 0x40001800
	EIC_CTRL           = EIC + 0x00
	EIC_STATUS         = EIC + 0x01
	EIC_INTENCLR       = EIC + 0x08
	EIC_INTENSET       = EIC + 0x0C
	EIC_INTFLAG        = EIC + 0x10
	EIC_CONFIG0        = EIC + 0x18
	EIC_CTRL_ENABLE    = 1 << 1
	EIC_STATUS_SYNC    = 1 << 7
	EIC_SENSE_RISE     = 1
	EIC_SENSE_FALL     = 2
	EIC_SENSE_BOTH     = 3
	GCLK_ID_EIC        = 0x05
	PM_APBAMASK        = 0x40000418
	PM_APBAMASK_EIC    = 1 << 6
	PORT_PMUX_FUNCTION = 0 // EXTINT is peripheral function A
)
