package strings

import "unicode/utf8"

// Case mapping. Package unicode is not embedded (importing it would bring all of its
// tables, which its init reaches through maps), so the mappings cover the scripts
// EqualFold knows: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (capital and
// small letters without accents), and the Kelvin and Angstrom signs. Letters of other
// scripts are left as they are.

// ToUpper returns s with its letters mapped to upper case.
func ToUpper(s string) string {
	return mapCase(s, upperRune, 'a', 'z')
}

// ToLower returns s with its letters mapped to lower case.
func ToLower(s string) string {
	return mapCase(s, lowerRune, 'A', 'Z')
}

// ToTitle returns s with its letters mapped to title case (upper case, for the
// scripts covered: none of them has digraphs).
func ToTitle(s string) string {
	return mapCase(s, upperRune, 'a', 'z')
}

// Title returns s with the first letter of each word mapped to title case.
//
// Deprecated: as in Go, the word boundaries do not handle Unicode punctuation.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		sep := isSeparator(prev)
		prev = r
		if sep {
			return upperRune(r)
		}
		return r
	}, s)
}

// isSeparator reports whether r separates words for Title: ASCII letters, digits and
// the underscore do not, other ASCII characters do; beyond ASCII only spaces do.
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_')
	}
	return isSpace(r)
}

// mapCase maps the runes of s with f; ASCII text is done a byte at a time, and
// returned unchanged when it holds no byte in [lo, hi].
func mapCase(s string, f func(rune) rune, lo, hi byte) string {
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Map(f, s)
		}
		change = change || lo <= c && c <= hi
	}
	if !change {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c ^= 0x20 // the two cases of an ASCII letter differ in this bit
		}
		b[i] = c
	}
	return string(b)
}

func lowerRune(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z', 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return r + 32
	case r == 0x130: // capital I with dot above
		return 'i'
	case 0x100 <= r && r <= 0x137 || 0x14A <= r && r <= 0x177: // pairs from an even code point
		return r | 1
	case 0x139 <= r && r <= 0x148 || 0x179 <= r && r <= 0x17E: // pairs from an odd code point
		if r%2 == 1 {
			return r + 1
		}
	case r == 0x178:
		return 0xFF
	case 0x391 <= r && r <= 0x3AB && r != 0x3A2, 0x410 <= r && r <= 0x42F:
		return r + 32
	case 0x400 <= r && r <= 0x40F:
		return r + 80
	case r == 0x212A: // Kelvin sign
		return 'k'
	case r == 0x212B: // Angstrom sign
		return 0xE5
	}
	return r
}

func upperRune(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z', 0xE0 <= r && r <= 0xFE && r != 0xF7:
		return r - 32
	case r == 0xB5: // micro sign
		return 0x39C
	case r == 0xFF:
		return 0x178
	case r == 0x131: // small dotless i
		return 'I'
	case 0x101 <= r && r <= 0x137 || 0x14B <= r && r <= 0x177:
		return r &^ 1
	case 0x13A <= r && r <= 0x148 || 0x17A <= r && r <= 0x17E:
		if r%2 == 0 {
			return r - 1
		}
	case r == 0x17F: // long s
		return 'S'
	case r == 0x3C2: // final sigma
		return 0x3A3
	case 0x3B1 <= r && r <= 0x3CB, 0x430 <= r && r <= 0x44F:
		return r - 32
	case 0x450 <= r && r <= 0x45F:
		return r - 80
	}
	return r
}
