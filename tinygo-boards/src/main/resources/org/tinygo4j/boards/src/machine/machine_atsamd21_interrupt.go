//go:build atsamd21

package machine

import (
	"device/sam"
	"runtime/interrupt"
	"runtime/volatile"
)

// Interrupts of the SAM D21: Serial1's SERCOM's receive complete fills the receive buffer; the
// EIC's 16 external interrupt lines serve Pin.SetInterrupt.

// enableReceiveInterrupt enables the SERCOM's receive-complete interrupt, whose handler
// moves the received byte into the ring buffer.
func (uart *UART) enableReceiveInterrupt() {
	volatile.StoreUint8(reg8(uartBase+sam.SERCOM_INTENSET), sam.USART_INTFLAG_RXC)
	interrupt.New(sam.IRQ_SERCOM0+uartSERCOM, func(interrupt.Interrupt) {
		UART1.receive()
	}).Enable()
}

// The edges a pin interrupt waits for (the EIC's SENSE values).
const (
	PinRising  PinChange = sam.EIC_SENSE_RISE
	PinFalling PinChange = sam.EIC_SENSE_FALL
	PinToggle  PinChange = sam.EIC_SENSE_BOTH
)

// pinInterruptSlots: one per EIC line.
const pinInterruptSlots = 16

// SetInterrupt calls callback (from the EIC interrupt) at every change of the pin's
// input of the given kind; a nil callback stops it. The pin's line is EXTINT[pin
// number mod 16], so two pins with the same line cannot both have one
// (ErrNoPinChangeChannel); PA08 is the NMI pin and has none. The pin becomes the
// EIC's (peripheral function A) with its input buffer on. See pinCallbacks for what a
// callback may do.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	line := uint32(p & 15)
	if p == 8 || pinInterrupts.callbacks[line] != nil && pinInterrupts.pins[line] != p && callback != nil {
		return ErrNoPinChangeChannel
	}
	volatile.StoreUint32(reg32(sam.EIC_INTENCLR), 1<<line)
	pinInterrupts.pins[line] = p
	pinInterrupts.callbacks[line] = callback
	if callback == nil {
		return nil
	}
	// The EIC's clock: generic clock 0, and its bus clock (on at reset, set anyway).
	volatile.StoreUint32(reg32(sam.PM_APBAMASK), volatile.LoadUint32(reg32(sam.PM_APBAMASK))|sam.PM_APBAMASK_EIC)
	volatile.StoreUint16(reg16(sam.GCLK_CLKCTRL), sam.GCLK_ID_EIC|sam.GCLK_CLKCTRL_CLKEN)
	// The pin: function A through PMUX (odd pins in the high nibble), input enabled.
	base, _ := p.group()
	pmux := reg8(base + sam.PORT_PMUX0 + uintptr(p&31)/2)
	shift := 4 * uint8(p&1)
	volatile.StoreUint8(pmux, volatile.LoadUint8(pmux)&^(0xF<<shift)|sam.PORT_PMUX_FUNCTION<<shift)
	cfg := reg8(base + sam.PORT_PINCFG0 + uintptr(p&31))
	volatile.StoreUint8(cfg, volatile.LoadUint8(cfg)|sam.PINCFG_PMUXEN|sam.PINCFG_INEN)
	// The line's SENSE field, changed with the EIC disabled.
	volatile.StoreUint8(reg8(sam.EIC_CTRL), 0)
	syncEIC()
	config := reg32(sam.EIC_CONFIG0 + 4*uintptr(line/8))
	shiftc := 4 * (line % 8)
	volatile.StoreUint32(config, volatile.LoadUint32(config)&^(0xF<<shiftc)|uint32(change)<<shiftc)
	volatile.StoreUint32(reg32(sam.EIC_INTFLAG), 1<<line)
	volatile.StoreUint32(reg32(sam.EIC_INTENSET), 1<<line)
	volatile.StoreUint8(reg8(sam.EIC_CTRL), sam.EIC_CTRL_ENABLE)
	syncEIC()
	interrupt.New(sam.IRQ_EIC, func(interrupt.Interrupt) {
		flags := volatile.LoadUint32(reg32(sam.EIC_INTFLAG))
		volatile.StoreUint32(reg32(sam.EIC_INTFLAG), flags)
		for i := 0; i < pinInterruptSlots; i++ {
			if flags&(1<<i) != 0 {
				pinInterrupts.call(i)
			}
		}
	}).Enable()
	return nil
}

func syncEIC() {
	for volatile.LoadUint8(reg8(sam.EIC_STATUS))&sam.EIC_STATUS_SYNC != 0 {
	}
}
