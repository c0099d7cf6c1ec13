// Package printable decides which runes Go's quoting shows as they are: the one table
// behind strconv.IsPrint and runtime/debug's quoting of build settings (which does not
// import strconv: strconv's start-up work would come with it, see runtime/debug).
package printable

// Rune reports whether r is printable as unicode.IsPrint of Go 1.19 says (Unicode
// 13.0.0): a letter, mark, number, punctuation or symbol, or the ASCII space. The
// table (table.go, written by tools/printable) lists the runes at which printability
// changes; r is printable when an odd number of them are <= r. Each block of them
// starts where printability begins and spans at most 0xFFFF runes, so after the
// binary search the block is walked in 16-bit arithmetic (AVR's registers are 8 bits
// wide: each 32-bit operation there is four) with one read of the table per nibble.
func Rune(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	if r > 0x10FFFF {
		return false
	}
	u := uint32(r)
	// the last block whose first boundary is <= u (there is one: the first block
	// starts at U+0020)
	// (indexes in 8 and 16 bits: int has 32 on AVR too; tools/printable keeps the
	// table within them)
	lo, hi := uint8(0), uint8(len(blockStart))
	for hi-lo > 1 {
		mid := (lo + hi) >> 1
		if blockStart[mid] <= u {
			lo = mid
		} else {
			hi = mid
		}
	}
	// u's distance from the block's first boundary; the block's others lie within
	// 0xFFFF of it, so a farther u is past them all
	rel := uint16(0xFFFF)
	if d := u - blockStart[lo]; d < 0xFFFF {
		rel = uint16(d)
	}
	printable := true // the first boundary is <= u and starts printable runes
	at, d := uint16(0), uint16(0)
	for i, end := blockOffset[lo], blockOffset[lo+1]; i < end; i++ {
		b := deltas[i>>1] // nibble i: the low half of the byte when i is even
		if i&1 != 0 {
			b >>= 4
		}
		d = d<<3 | uint16(b&7)
		if b&8 != 0 {
			continue // more base-8 digits of this distance follow
		}
		at += d
		if at > rel {
			break
		}
		printable = !printable
		d = 0
	}
	return printable
}
