//go:build !tinygo4j.goroot

package strings

// Without a GOROOT there is no package unicode: letters map and fold by rule in ASCII,
// Latin-1, Latin Extended-A, Greek and Cyrillic (capital and small letters without
// accents), with the Kelvin, Angstrom, micro and long-s signs; letters of other
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

func titleRune(r rune) rune { return upperRune(r) }

// foldsTo reports whether the different runes a and b fold to each other.
func foldsTo(a, b rune) bool {
	return foldLower(a) == foldLower(b)
}

// foldLower maps a letter of the scripts EqualFold knows to a canonical lower-case form.
func foldLower(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 32
	case r == 0x212A: // Kelvin sign
		return 'k'
	case r == 0x17F: // long s
		return 's'
	case r == 0xB5 || r == 0x39C: // micro sign, capital mu
		return 0x3BC
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 32
	case r >= 0x100 && r <= 0x137 || r >= 0x14A && r <= 0x177:
		return r | 1
	case r >= 0x139 && r <= 0x148 || r >= 0x179 && r <= 0x17E:
		if r%2 == 1 {
			return r + 1
		}
		return r
	case r == 0x178:
		return 0xFF
	case r >= 0x391 && r <= 0x3AB && r != 0x3A2:
		return r + 32
	case r == 0x3C2: // final sigma
		return 0x3C3
	case r >= 0x410 && r <= 0x42F:
		return r + 32
	case r >= 0x400 && r <= 0x40F:
		return r + 80
	}
	return r
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
