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

// foldsTo reports whether the different runes a and b fold to each other. SimpleFold
// walks a rune's orbit upwards, wrapping to the smallest member after the largest, so
// the walk from the smaller rune meets the larger before it passes it.
func foldsTo(a, b rune) bool {
	if b < a {
		a, b = b, a
	}
	if b < 0x80 {
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}
