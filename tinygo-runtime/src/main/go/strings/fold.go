package strings

import "unicode/utf8"

// EqualFold reports whether s and t are equal under simple case folding. Without
// Unicode's tables (package unicode is not embedded), letters fold in ASCII, Latin-1
// and Latin Extended-A, Greek and Cyrillic, and the Kelvin and long-s signs; letters
// of other scripts compare exactly.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var a, b rune
		if s[0] < utf8.RuneSelf {
			a, s = rune(s[0]), s[1:]
		} else {
			r, n := utf8.DecodeRuneInString(s)
			a, s = r, s[n:]
		}
		if t[0] < utf8.RuneSelf {
			b, t = rune(t[0]), t[1:]
		} else {
			r, n := utf8.DecodeRuneInString(t)
			b, t = r, t[n:]
		}
		if a != b && foldLower(a) != foldLower(b) {
			return false
		}
	}
	return s == t
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
