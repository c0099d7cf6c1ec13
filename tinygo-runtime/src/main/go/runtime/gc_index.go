//go:build gc.conservative && !atmega328p

package runtime

// gcIndex numbers the collector's blocks (gc_conservative.go): a pointer-sized
// integer, as the heap may have as many blocks as bytes of memory allow.
type gcIndex = uintptr

// gcMaxBlocks bounds the blocks of the heap: no bound.
const gcMaxBlocks uintptr = ^uintptr(0)

// gcMaxSize bounds the size of an object: half the address space, so that rounding
// it up to blocks cannot wrap.
const gcMaxSize = ^uintptr(0) >> 1

// gcKind holds a block's state (blockFree, blockTail, blockHead, blockHeadNoscan).
type gcKind = uintptr
