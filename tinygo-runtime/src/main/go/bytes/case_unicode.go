//go:build tinygo4j.goroot

package bytes

import "unicode"

// The Special variants take a unicode.SpecialCase, so they exist where package unicode
// does: with a GOROOT (strings' case_unicode.go says more).

// ToUpperSpecial returns a copy of s with its letters mapped to upper case, c's
// mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of s with its letters mapped to lower case, c's
// mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of s with its letters mapped to title case, c's
// mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }
