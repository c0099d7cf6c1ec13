//go:build tinygo4j.goroot

package strings

import "unicode"

// ToUpper returns s with its letters mapped to upper case.
func ToUpper(s string) string {
	return mapCase(s, unicode.ToUpper, 'a', 'z')
}

// ToLower returns s with its letters mapped to lower case.
func ToLower(s string) string {
	return mapCase(s, unicode.ToLower, 'A', 'Z')
}

// ToTitle returns s with its letters mapped to title case.
func ToTitle(s string) string {
	return mapCase(s, unicode.ToTitle, 'a', 'z')
}

// ToUpperSpecial returns s with its letters mapped to upper case, c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial returns s with its letters mapped to lower case, c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToLower, s)
}

// ToTitleSpecial returns s with its letters mapped to title case, c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToTitle, s)
}

func titleRune(r rune) rune { return unicode.ToTitle(r) }

// foldsTo reports whether the different runes a and b fold to each other: whether b
// is in a's orbit under unicode.SimpleFold (at most four runes long).
func foldsTo(a, b rune) bool {
	if a < 0x80 && b < 0x80 {
		return a|0x20 == b|0x20 && 'a' <= a|0x20 && a|0x20 <= 'z'
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}
