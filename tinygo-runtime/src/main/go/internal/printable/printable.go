// Package printable decides which runes Go's quoting shows as they are: the one table
// behind strconv.IsPrint and runtime/debug's quoting of build settings (which does not
// import strconv: strconv's start-up work would come with it, see runtime/debug).
package printable

// Rune reports whether r is printable as unicode.IsPrint of Go 1.19 says (Unicode
// 13.0.0): a letter, mark, number, punctuation or symbol, or the ASCII space. The
// table (table.go, written by tools/printable) lists the runes at which printability
// changes; r is printable when an odd number of them are <= r.
func Rune(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	if r > 0x10FFFF {
		return false
	}
	u := uint32(r)
	// The last block whose first boundary is <= u (there is one: the first block
	// starts at U+0020).
	lo, hi := 0, len(blockStart)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if blockStart[mid] <= u {
			lo = mid
		} else {
			hi = mid
		}
	}
	at := blockStart[lo]
	count := lo*blockSize + 1
	end := lo*blockSize + blockSize
	if end > boundaryCount {
		end = boundaryCount
	}
	i := int(blockOffset[lo])
	for ; count < end; count++ {
		// a distance has one to three bytes (tools/printable checks that)
		b := deltas[i]
		i++
		d := uint32(b & 0x7F)
		if b >= 0x80 {
			b = deltas[i]
			i++
			d |= uint32(b&0x7F) << 7
			if b >= 0x80 {
				d |= uint32(deltas[i]) << 14
				i++
			}
		}
		at += d
		if at > u {
			break
		}
	}
	return count&1 == 1
}
