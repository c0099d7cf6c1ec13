package strings

import "unicode/utf8"

// EqualFold reports whether s and t are equal under simple Unicode case folding: each
// pair of runes is equal or folds to each other (foldsTo: case_unicode.go with a
// GOROOT, case_builtin.go without).
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
		if a != b && !foldsTo(a, b) {
			return false
		}
	}
	return s == t
}
