//go:build gc.conservative && atmega328p

package runtime

// gcIndex numbers the collector's blocks (gc_conservative.go). On the Uno's chip (2
// KiB of RAM, and the heap about 900 bytes of it) a block number is a byte, so the
// 8-bit CPU does the collector's index arithmetic, loops and comparisons in single
// instructions instead of register pairs: this takes about 200 bytes (an eighth)
// off the collector's code. The heap is at most 255 blocks of 4 bytes (noBlock is 255);
// memory beyond 1,020 bytes, which only a program with little data and stack would
// have, stays unused.
type gcIndex = uint8

// gcMaxBlocks bounds the blocks of the heap.
const gcMaxBlocks uintptr = 255

// gcMaxSize bounds the size of an object: gcMaxBlocks blocks.
const gcMaxSize = gcMaxBlocks << blockShift

// gcKind holds a block's state (blockFree, blockTail, blockHead, blockHeadNoscan): a byte, the CPU's word.
type gcKind = uint8
