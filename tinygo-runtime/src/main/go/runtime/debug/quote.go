package debug

// Go string literals for the "build" lines of build information: quoting as
// strconv.Quote does and reading a literal back as strconv.Unquote does, with the same
// table of printable runes (internal/printable). They are written here because
// strconv's general quoting is larger and its error values are allocated at start-up:
// with strconv, the Uno's debug_buildinfo_small.go runs out of RAM.

import (
	"internal/printable"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// appendQuoted appends s as a Go literal between quote characters: printable runes as
// they are, the quote and the backslash escaped, the rest as \a \b \f \n \r \t \v,
// \xHH (control bytes and invalid UTF-8), \uHHHH or \UHHHHHHHH.
func appendQuoted(b []byte, s string, quote byte) []byte {
	b = append(b, quote)
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			b = append(b, '\\', 'x', hexDigits[s[0]>>4], hexDigits[s[0]&0xF])
		} else {
			b = appendEscaped(b, r, quote)
		}
		s = s[n:]
	}
	return append(b, quote)
}

// appendEscaped appends the rune r as it appears inside a literal quoted with quote.
func appendEscaped(b []byte, r rune, quote byte) []byte {
	if r == rune(quote) || r == '\\' {
		return append(b, '\\', byte(r))
	}
	if printable.Rune(r) {
		return utf8.AppendRune(b, r)
	}
	switch r {
	case '\a':
		return append(b, '\\', 'a')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\v':
		return append(b, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xF])
	case r < 0x10000:
		b = append(b, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			b = append(b, hexDigits[r>>uint(shift)&0xF])
		}
	default:
		b = append(b, '\\', 'U')
		for shift := 28; shift >= 0; shift -= 4 {
			b = append(b, hexDigits[r>>uint(shift)&0xF])
		}
	}
	return b
}

// unquotePrefix reads the Go string literal ("..." or `...`) that s begins with. It
// returns the literal's value and the rest of s, and ok false when s does not begin
// with a valid literal. As in Go, a raw literal loses its carriage returns, and an
// invalid UTF-8 byte inside a "..." literal reads as U+FFFD.
func unquotePrefix(s string) (value, rest string, ok bool) {
	if s == "" {
		return "", s, false
	}
	if s[0] == '`' {
		end := indexByte(s[1:], '`')
		if end < 0 {
			return "", s, false
		}
		raw := s[1 : 1+end]
		if indexByte(raw, '\r') < 0 {
			return raw, s[end+2:], true
		}
		var b []byte
		for i := 0; i < len(raw); i++ {
			if raw[i] != '\r' {
				b = append(b, raw[i])
			}
		}
		return string(b), s[end+2:], true
	}
	if s[0] != '"' {
		return "", s, false
	}
	var b []byte
	i := 1
	for {
		if i >= len(s) || s[i] == '\n' {
			return "", s, false
		}
		c := s[i]
		switch {
		case c == '"':
			return string(b), s[i+1:], true
		case c == '\\':
			var n int
			if b, n = appendUnescaped(b, s[i:]); n == 0 {
				return "", s, false
			}
			i += n
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r)
			i += n
		}
	}
}

// appendUnescaped appends the value of the escape sequence that s begins with (at its
// backslash) inside a "..." literal, and returns how many bytes it took; 0 if it is
// not a valid escape there.
func appendUnescaped(b []byte, s string) ([]byte, int) {
	if len(s) < 2 {
		return b, 0
	}
	switch s[1] {
	case 'a':
		return append(b, '\a'), 2
	case 'b':
		return append(b, '\b'), 2
	case 'f':
		return append(b, '\f'), 2
	case 'n':
		return append(b, '\n'), 2
	case 'r':
		return append(b, '\r'), 2
	case 't':
		return append(b, '\t'), 2
	case 'v':
		return append(b, '\v'), 2
	case '\\', '"':
		return append(b, s[1]), 2
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(s) < 4 {
			return b, 0
		}
		v := 0
		for i := 1; i < 4; i++ {
			d := s[i]
			if d < '0' || d > '7' {
				return b, 0
			}
			v = v*8 + int(d-'0')
		}
		if v > 0xFF {
			return b, 0
		}
		return append(b, byte(v)), 4
	case 'x', 'u', 'U':
		digits := 2
		if s[1] == 'u' {
			digits = 4
		} else if s[1] == 'U' {
			digits = 8
		}
		if len(s) < 2+digits {
			return b, 0
		}
		var v rune
		for i := 2; i < 2+digits; i++ {
			d := s[i]
			switch {
			case d >= '0' && d <= '9':
				v = v<<4 | rune(d-'0')
			case d >= 'a' && d <= 'f':
				v = v<<4 | rune(d-'a'+10)
			case d >= 'A' && d <= 'F':
				v = v<<4 | rune(d-'A'+10)
			default:
				return b, 0
			}
		}
		if s[1] == 'x' {
			return append(b, byte(v)), 4
		}
		if !utf8.ValidRune(v) {
			return b, 0
		}
		return utf8.AppendRune(b, v), 2 + digits
	}
	return b, 0
}

// appendInt appends a non-negative n in decimal.
func appendInt(b []byte, n int) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}
