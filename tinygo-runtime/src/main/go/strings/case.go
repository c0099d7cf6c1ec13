package strings

import "unicode/utf8"

// Case mapping. With a GOROOT, package unicode (Go's sources) gives the mappings and
// folds exactly as Go does, and the Special variants exist (case_unicode.go); only the
// tables a program reads are linked (docs/ARCHITECTURE.md, "Globals nothing reads").
// Without one there is no package unicode to import, and case_builtin.go maps the
// scripts it knows by rule. ASCII text is mapped a byte at a time either way.

// Title returns s with the first letter of each word mapped to title case.
//
// Deprecated: as in Go, the word boundaries do not handle Unicode punctuation.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		sep := isSeparator(prev)
		prev = r
		if sep {
			return titleRune(r)
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
