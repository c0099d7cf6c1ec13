//go:build nrf

package runtime

import (
	"runtime/volatile"
	"unsafe"
)

// UART0 of the nRF51: TX on the micro:bit's USB serial pin (P0.24), 115200 baud.
const (
	uartBase       = 0x40002000
	uartStartTX    = uartBase + 0x008
	uartEventTXRDY = uartBase + 0x11C
	uartEnable     = uartBase + 0x500
	uartPselTXD    = uartBase + 0x50C
	uartTXD        = uartBase + 0x51C
	uartBaudrate   = uartBase + 0x524
	uartEnableUART = 4
	uartBaud115200 = 0x01D7E000
	microbitTXPin  = 24
)

func reg(addr uintptr) *uint32 {
	return (*uint32)(unsafe.Pointer(addr))
}

func initOutput() {
	volatile.StoreUint32(reg(uartPselTXD), microbitTXPin)
	volatile.StoreUint32(reg(uartBaudrate), uartBaud115200)
	volatile.StoreUint32(reg(uartEnable), uartEnableUART)
	volatile.StoreUint32(reg(uartStartTX), 1)
}

func write(p *byte, n uintptr) {
	addr := uintptr(unsafe.Pointer(p))
	for i := uintptr(0); i < n; i++ {
		c := *(*byte)(unsafe.Pointer(addr + i))
		volatile.StoreUint32(reg(uartTXD), uint32(c))
		for volatile.LoadUint32(reg(uartEventTXRDY)) == 0 {
		}
		volatile.StoreUint32(reg(uartEventTXRDY), 0)
	}
}
