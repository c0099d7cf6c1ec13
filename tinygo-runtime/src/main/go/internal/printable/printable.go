// Package printable decides which runes Go's quoting shows as they are: the one table
// behind strconv.IsPrint and runtime/debug's quoting of build settings (which does not
// import strconv: strconv's start-up work would come with it, see runtime/debug).
package printable

import "unicode/utf8"

// Rune reports whether r is printable: letters, marks, numbers, punctuation, symbols
// and the ASCII space. Outside ASCII it knows the ranges that are not (controls,
// other spaces, format characters, separators, surrogates, private use,
// noncharacters) and takes unassigned code points as printable.
func Rune(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	switch {
	case r < 0xA1, r == 0xAD:
		return false
	case r == 0x061C, r == 0x06DD, r == 0x070F, r == 0x1680, r == 0x180E:
		return false
	case r >= 0x2000 && r <= 0x200F, r >= 0x2028 && r <= 0x202F, r >= 0x205F && r <= 0x206F:
		return false
	case r == 0x3000, r >= 0xD800 && r <= 0xF8FF:
		return false
	case r == 0xFEFF, r >= 0xFFF0 && r <= 0xFFFB, r&0xFFFE == 0xFFFE:
		return false
	case r >= 0xFDD0 && r <= 0xFDEF, r >= 0xE0000 && r <= 0xE007F, r >= 0xF0000:
		return false
	}
	return r <= utf8.MaxRune
}
