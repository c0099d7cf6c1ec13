//go:build sifive

package interrupt

import (
	"device/riscv"
	"runtime/volatile"
	"unsafe"
)

// SiFive's platform-level interrupt controller (the FE310's, also qemu's sifive_e):
// a priority register per interrupt source (0 never interrupts, 1 to 7), and hart 0's
// machine-mode enable bits and threshold (0: every priority passes). The trap
// handler claims and completes (targets/riscv.s).
const (
	plicPriority  = 0x0C000000
	plicEnable    = 0x0C002000
	plicThreshold = 0x0C200000
)

func plicReg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

// Enable enables the interrupt in the PLIC, at priority 1 unless SetPriority gave it
// another, and external interrupts in mie.
func (irq Interrupt) Enable() {
	prio := plicReg(plicPriority + uintptr(irq.num)*4)
	if volatile.LoadUint32(prio) == 0 {
		volatile.StoreUint32(prio, 1)
	}
	volatile.StoreUint32(plicReg(plicThreshold), 0)
	en := plicReg(plicEnable + uintptr(irq.num/32)*4)
	volatile.StoreUint32(en, volatile.LoadUint32(en)|1<<(uint(irq.num)%32))
	riscv.SetMIE(riscv.MIE_MEIE)
}

// Disable disables the interrupt in the PLIC.
func (irq Interrupt) Disable() {
	en := plicReg(plicEnable + uintptr(irq.num/32)*4)
	volatile.StoreUint32(en, volatile.LoadUint32(en)&^(1<<(uint(irq.num)%32)))
}

// SetPriority sets the interrupt's priority in the PLIC: 1 (lowest) to 7 (highest);
// 0 is taken as 1, as priority 0 would never interrupt. Only the threshold compares
// priorities here (handlers do not nest), so they matter when several are pending.
func (irq Interrupt) SetPriority(priority uint8) {
	if priority == 0 {
		priority = 1
	}
	if priority > 7 {
		priority = 7
	}
	volatile.StoreUint32(plicReg(plicPriority+uintptr(irq.num)*4), uint32(priority))
}
