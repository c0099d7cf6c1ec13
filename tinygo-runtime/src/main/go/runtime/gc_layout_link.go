//go:build gc.conservative && atmega328p

package runtime

import "unsafe"

// The heap's layout (gc_conservative.go) on the Uno's chip, computed by the linker
// script (atmega328p.ld) as gc_layout_init.go's gcInit would compute it: the
// collector's code reads constants instead of globals (on the 8-bit CPU an address
// from memory costs two 4-byte loads, a constant two 2-byte ones) and has no layout
// code. The start-up code zeroes the metadata with .bss (avr5.s: up to _ezero). No
// global holds the first block's address, so block 0 is an ordinary block.

//go:extern _gc_meta
var gcMetaSymbol [0]byte

//go:extern _gc_marks
var gcMarksSymbol [0]byte

//go:extern _gc_data
var gcDataSymbol [0]byte

//go:extern _gc_blocks
var gcBlocksSymbol [0]byte

func gcMeta() uintptr   { return uintptr(unsafe.Pointer(&gcMetaSymbol)) }
func gcMarks() uintptr  { return uintptr(unsafe.Pointer(&gcMarksSymbol)) }
func gcData() uintptr   { return uintptr(unsafe.Pointer(&gcDataSymbol)) }
func gcBlocks() gcIndex { return gcIndex(uintptr(unsafe.Pointer(&gcBlocksSymbol))) }
func gcActive() gcIndex { return gcBlocks() }
func gcLaidOut() bool   { return true }
func gcInit()           {}
func gcGrow() bool      { return false }
