// Package volatile gives volatile access to memory-mapped registers: the compiler
// turns each call into a single load or store that is never removed or merged.
package volatile

// LoadUint8 reads *addr with a volatile load.
func LoadUint8(addr *uint8) uint8

// LoadUint16 reads *addr with a volatile load.
func LoadUint16(addr *uint16) uint16

// LoadUint32 reads *addr with a volatile load.
func LoadUint32(addr *uint32) uint32

// StoreUint8 writes val to *addr with a volatile store.
func StoreUint8(addr *uint8, val uint8)

// StoreUint16 writes val to *addr with a volatile store.
func StoreUint16(addr *uint16, val uint16)

// StoreUint32 writes val to *addr with a volatile store.
func StoreUint32(addr *uint32, val uint32)
