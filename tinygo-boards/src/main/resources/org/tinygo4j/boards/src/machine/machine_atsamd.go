//go:build sam

package machine

import (
	"device/sam"
	"runtime/volatile"
	"unsafe"
)

// The pins of the SAM D chips (SAM D21 and SAM D51, whose PORT is laid out alike at
// different addresses: device/sam gives each chip's), and the register accessors their
// machine files share.

// Device is the name of the chip family.
const Device = sam.Device

func reg32(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

func reg16(addr uintptr) *uint16 {
	return (*uint16)(unsafe.Pointer(addr))
}

func reg8(addr uintptr) *uint8 {
	return (*uint8)(unsafe.Pointer(addr))
}

// Pins of ports A and B.
const (
	PA00 Pin = iota
	PA01
	PA02
	PA03
	PA04
	PA05
	PA06
	PA07
	PA08
	PA09
	PA10
	PA11
	PA12
	PA13
	PA14
	PA15
	PA16
	PA17
	PA18
	PA19
	PA20
	PA21
	PA22
	PA23
	PA24
	PA25
	PA26
	PA27
	PA28
	PA29
	PA30
	PA31
	PB00
	PB01
	PB02
	PB03
	PB04
	PB05
	PB06
	PB07
	PB08
	PB09
	PB10
	PB11
	PB12
	PB13
	PB14
	PB15
	PB16
	PB17
	PB18
	PB19
	PB20
	PB21
	PB22
	PB23
	PB24
	PB25
	PB26
	PB27
	PB28
	PB29
	PB30
	PB31
)

// group returns the base address of the pin's port group and the pin's bit.
func (p Pin) group() (base uintptr, mask uint32) {
	return sam.PORT + sam.PORT_GROUP*uintptr(p>>5), 1 << (p & 31)
}

// Configure sets the pin's direction and its PINCFG (input buffer on, so Get also
// reads an output back; pull resistor enabled for the pull modes, its direction
// chosen by OUT).
func (p Pin) Configure(config PinConfig) {
	base, mask := p.group()
	cfg := reg8(base + sam.PORT_PINCFG0 + uintptr(p&31))
	switch config.Mode {
	case PinOutput:
		volatile.StoreUint32(reg32(base+sam.PORT_DIRSET), mask)
		volatile.StoreUint8(cfg, sam.PINCFG_INEN)
	case PinInputPullup, PinInputPulldown:
		volatile.StoreUint32(reg32(base+sam.PORT_DIRCLR), mask)
		if config.Mode == PinInputPullup {
			volatile.StoreUint32(reg32(base+sam.PORT_OUTSET), mask)
		} else {
			volatile.StoreUint32(reg32(base+sam.PORT_OUTCLR), mask)
		}
		volatile.StoreUint8(cfg, sam.PINCFG_INEN|sam.PINCFG_PULLEN)
	default:
		volatile.StoreUint32(reg32(base+sam.PORT_DIRCLR), mask)
		volatile.StoreUint8(cfg, sam.PINCFG_INEN)
	}
}

// High drives the pin high (OUTSET).
func (p Pin) High() {
	base, mask := p.group()
	volatile.StoreUint32(reg32(base+sam.PORT_OUTSET), mask)
}

// Low drives the pin low (OUTCLR).
func (p Pin) Low() {
	base, mask := p.group()
	volatile.StoreUint32(reg32(base+sam.PORT_OUTCLR), mask)
}

// Get reads the pin's level (IN).
func (p Pin) Get() bool {
	base, mask := p.group()
	return volatile.LoadUint32(reg32(base+sam.PORT_IN))&mask != 0
}
