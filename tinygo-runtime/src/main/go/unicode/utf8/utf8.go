// Package utf8 encodes and decodes runes as UTF-8 byte sequences (RFC 3629): one to
// four bytes, no surrogate halves, nothing above U+10FFFF; invalid input decodes as
// RuneError with a width of one byte.
package utf8

import "unsafe"

const (
	RuneError = '\uFFFD'     // the replacement character, for invalid input
	RuneSelf  = 0x80         // runes below RuneSelf are their own single byte
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes a rune takes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// lead classifies a leading byte: the sequence length, and the range its second byte
// must fall in (which excludes overlong forms, surrogates and values past MaxRune).
func lead(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// view lets the byte-slice functions share the string implementations without
// copying: the string aliases p only for the duration of the call.
func view(p []byte) string {
	if len(p) == 0 {
		return ""
	}
	return unsafe.String(&p[0], len(p))
}

// decode decodes the first encoding in s with the decoder of the runtime's range loops,
// which programs that print with fmt link anyway: the rules are the same.
func decode(s string) (rune, int) {
	if len(s) < 1 {
		return RuneError, 0
	}
	return decodeRune(s, 0)
}

//go:linkname decodeRune runtime.decodeRune
func decodeRune(s string, i int) (int32, int)

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width
// in bytes: (RuneError, 0) for empty input, (RuneError, 1) for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return decode(view(p))
}

// DecodeRuneInString is like DecodeRune with a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(s)
}

// lastStart finds where the last encoding of a sequence of length l may start: at most
// UTFMax bytes back, at the last byte that is not a continuation byte.
func lastStart(s string) int {
	l := len(s)
	start := l - 1
	lim := l - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if s[start]&0xC0 != 0x80 {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	return start
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its
// width; (RuneError, 0) when p is empty, (RuneError, 1) when it is invalid.
func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(view(p))
}

// DecodeLastRuneInString is like DecodeLastRune with a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := lastStart(s)
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes needed to encode r, or -1 if r is not a valid
// code point (negative, a surrogate half, or beyond MaxRune).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large enough) and
// returns the number of bytes written; an invalid rune writes RuneError.
func EncodeRune(p []byte, r rune) int {
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	case 4:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
	return EncodeRune(p, RuneError)
}

// AppendRune appends the UTF-8 encoding of r to p and returns the extended slice (of
// RuneError for an invalid rune). One loop writes the continuation bytes, 6 bits each
// from the last, with a byte-sized count: short on 8-bit AVR, where int has 32 bits.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	n := uint8(RuneLen(r))
	if n > UTFMax { // RuneLen's -1
		r, n = RuneError, 3
	}
	var buf [UTFMax]byte
	for k := n - 1; k > 0; k-- {
		buf[k&3] = 0x80 | byte(r)&0x3F
		r >>= 6
	}
	// the lead: 110xxxxx, 1110xxxx or 11110xxx
	buf[0] = byte(uint16(0xF00)>>n) | byte(r)
	return append(p, buf[:n&7]...)
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune; an invalid
// encoding counts as full, since it decodes as an error rune of width one.
func FullRune(p []byte) bool {
	return FullRuneInString(view(p))
}

// FullRuneInString is like FullRune with a string.
func FullRuneInString(s string) bool {
	l := len(s)
	if l == 0 {
		return false
	}
	n, lo, hi := lead(s[0])
	if n <= 1 || l >= n {
		return true
	}
	// a short sequence is full if what is there already proves it invalid
	if l > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if l > 2 && (s[2] < 0x80 || s[2] > 0xBF) {
		return true
	}
	return false
}

// RuneCount returns the number of runes in p; each invalid byte counts as one.
func RuneCount(p []byte) int {
	return RuneCountInString(view(p))
}

// RuneCountInString is like RuneCount with a string.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoding (it is not a
// continuation byte).
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	return ValidString(view(p))
}

// ValidString reports whether s consists entirely of valid UTF-8 encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded as UTF-8.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}
