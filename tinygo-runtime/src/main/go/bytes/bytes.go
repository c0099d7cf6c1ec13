// Package bytes manipulates byte slices: comparison, searching, splitting, trimming
// and a growable Buffer. The searching functions share the implementations of package
// strings by viewing a slice as a string for the duration of a call (no copy).
package bytes

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// view is the string with the same bytes as b, valid while b is not modified.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Equal reports whether a and b have the same length and bytes; nil equals empty.
func Equal(a, b []byte) bool { return view(a) == view(b) }

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, byte-wise.
func Compare(a, b []byte) int { return strings.Compare(view(a), view(b)) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return strings.Contains(view(b), view(subslice)) }

// ContainsAny reports whether any UTF-8 code point of chars is within b.
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(view(b), chars) }

// ContainsRune reports whether r is within the UTF-8 encoded b.
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(view(b), r) }

// Count counts the non-overlapping instances of sep in s (1 + the code points of s
// for an empty sep).
func Count(s, sep []byte) int { return strings.Count(view(s), view(sep)) }

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(view(s), view(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int { return strings.IndexByte(view(b), c) }

// indexBytePortable is IndexByte as one loop over the bytes (Go's tests compare the two).
func indexBytePortable(s []byte, c byte) int {
	for i, b := range s {
		if b == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(view(s), r) }

// IndexAny returns the index of the first code point of s in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }

// IndexFunc returns the index of the first code point of s satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(view(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(view(s), view(sep)) }

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(view(s), c) }

// LastIndexAny returns the index of the last code point of s in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(view(s), chars) }

// LastIndexFunc returns the index of the last code point of s satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(view(s), f) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(view(s), view(prefix)) }

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(view(s), view(suffix)) }

// Clone returns a copy of b; nil for nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Cut slices s around the first instance of sep (subslices of s, not copies).
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Repeat returns count copies of b; it panics for a negative count or on overflow.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if count == 0 {
		return []byte{}
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat output length overflow")
	}
	out := make([]byte, len(b)*count)
	n := copy(out, b)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}

// Join concatenates the slices of s with sep between them, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	out := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, v...)
	}
	return out
}

// genSplit splits s at sep, keeping sepSave bytes of each separator, into at most n
// subslices (n < 0: all); each subslice's capacity ends at its length.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		out[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	out[i] = s
	return out[:i+1]
}

// explode splits s into its UTF-8 sequences, at most n of them (n < 0: all).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	out := make([][]byte, n)
	i := 0
	for len(s) > 0 {
		if i+1 == n {
			out[i] = s
			i++
			break
		}
		_, size := utf8.DecodeRune(s)
		out[i] = s[0:size:size]
		s = s[size:]
		i++
	}
	return out[:i]
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n subslices separated by sep.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into at most n subslices after each instance of sep.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Fields splits s around runs of white space (subslices of s).
func Fields(s []byte) [][]byte {
	return FieldsFunc(s, isSpace)
}

// FieldsFunc splits s around runs of code points satisfying f (subslices of s).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var out [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

// isSpace reports Unicode's White_Space property, as unicode.IsSpace does.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// TrimLeftFunc returns the subslice of s without leading code points satisfying f;
// nil if nothing is left.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	t := strings.TrimLeftFunc(view(s), f)
	if len(t) == 0 {
		return nil
	}
	return s[len(s)-len(t):]
}

// TrimRightFunc returns the subslice of s without trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	return s[:len(strings.TrimRightFunc(view(s), f))]
}

// TrimFunc returns the subslice of s without leading and trailing code points
// satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns the subslice of s without leading and trailing white space; nil
// if nothing is left.
func TrimSpace(s []byte) []byte {
	t := TrimFunc(s, isSpace)
	if len(t) == 0 {
		return nil
	}
	return t
}

// Trim returns the subslice of s without leading and trailing code points in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns the subslice of s without leading code points in cutset; nil if
// nothing is left.
func TrimLeft(s []byte, cutset string) []byte {
	t := strings.TrimLeft(view(s), cutset)
	if len(t) == 0 {
		return nil
	}
	return s[len(s)-len(t):]
}

// TrimRight returns the subslice of s without trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	return s[:len(strings.TrimRight(view(s), cutset))]
}

// TrimPrefix returns s without prefix, or s if it does not begin with prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix, or s if it does not end with suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Replace returns a copy of s with the first n instances of old replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(view(s), view(old), view(new), n))
}

// ReplaceAll returns a copy of s with every instance of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// Runes returns the code points of s.
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		out = append(out, r)
		i += size
	}
	return out
}

// ToUpper returns a copy of s with its letters mapped to upper case.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(view(s))) }

// ToLower returns a copy of s with its letters mapped to lower case.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(view(s))) }

// ToTitle returns a copy of s with its letters mapped to title case.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(view(s))) }

// Title returns a copy of s with the first letter of each word mapped to title case.
//
// Deprecated: as in Go, the word boundaries do not handle Unicode punctuation.
func Title(s []byte) []byte { return []byte(strings.Title(view(s))) }
