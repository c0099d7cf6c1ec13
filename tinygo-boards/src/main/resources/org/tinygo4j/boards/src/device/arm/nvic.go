//go:build cortexm

package arm

import (
	"runtime/volatile"
	"unsafe"
)

// The NVIC's registers (ARMv6-M and ARMv7-M architecture reference manuals): set-enable,
// clear-enable, clear-pending (one bit per interrupt, 32 per word) and priority (one
// byte per interrupt, accessed by word: the Cortex-M0 allows no byte accesses there).
const (
	NVIC_ISER = 0xE000E100
	NVIC_ICER = 0xE000E180
	NVIC_ISPR = 0xE000E200
	NVIC_ICPR = 0xE000E280
	NVIC_IPR  = 0xE000E400
)

func nvicReg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// EnableIRQ enables the chip interrupt irq.
func EnableIRQ(irq uint32) {
	volatile.StoreUint32(nvicReg(NVIC_ISER+uintptr(irq>>5)*4), 1<<(irq&31))
}

// DisableIRQ disables the chip interrupt irq.
func DisableIRQ(irq uint32) {
	volatile.StoreUint32(nvicReg(NVIC_ICER+uintptr(irq>>5)*4), 1<<(irq&31))
}

// ClearPendingIRQ forgets that irq was raised and not yet handled.
func ClearPendingIRQ(irq uint32) {
	volatile.StoreUint32(nvicReg(NVIC_ICPR+uintptr(irq>>5)*4), 1<<(irq&31))
}

// SetPriority sets the priority of irq (0 highest); the chip keeps only its top bits.
func SetPriority(irq uint32, priority uint32) {
	addr := nvicReg(NVIC_IPR + uintptr(irq>>2)*4)
	shift := (irq & 3) * 8
	v := volatile.LoadUint32(addr) &^ (0xFF << shift)
	volatile.StoreUint32(addr, v|(priority&0xFF)<<shift)
}

// DisableInterrupts masks every interrupt (PRIMASK) and returns the previous mask.
//
//go:linkname DisableInterrupts tinygo_disableInterrupts
func DisableInterrupts() uintptr

// EnableInterrupts puts back a mask that DisableInterrupts returned.
//
//go:linkname EnableInterrupts tinygo_enableInterrupts
func EnableInterrupts(mask uintptr)

// CurrentException returns the number of the exception being handled (IPSR): 0 in
// thread mode, 16 + n in the handler of chip interrupt n.
//
//go:linkname CurrentException tinygo_currentException
func CurrentException() uintptr
