package strconv

import "unicode/utf8"

func unhex(c byte) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0'), true
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10), true
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of the body of a quoted
// string or character literal s, delimited by quote ('"' or '\”, or 0 for neither).
// It returns the character, whether it needs a multibyte UTF-8 encoding, the rest of
// s, and ErrSyntax when s does not start with a valid character.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			return v, false, s, nil // a byte, not a code point
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, s, nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c - '0')
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		return v, false, s[2:], nil
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, false, s, nil
}

// QuotedPrefix returns the quoted string (as Unquote understands it) at the start of s.
func QuotedPrefix(s string) (string, error) {
	n, _, err := unquotePrefix(s, false)
	if err != nil {
		return "", err
	}
	return s[:n], nil
}

// Unquote interprets s as a Go string, rune or raw string literal and returns its
// value (a rune literal gives the rune's UTF-8 encoding).
func Unquote(s string) (string, error) {
	n, v, err := unquotePrefix(s, true)
	if err != nil {
		return "", err
	}
	if n != len(s) {
		return "", ErrSyntax
	}
	return v, nil
}

// unquotePrefix reads the literal at the start of s: its length and, when decode is
// set, its value.
func unquotePrefix(s string, decode bool) (int, string, error) {
	if len(s) < 2 {
		return 0, "", ErrSyntax
	}
	quote := s[0]
	switch quote {
	case '`':
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '`':
				body := s[1:i]
				if decode && containsByte(body, '\r') {
					b := make([]byte, 0, len(body))
					for j := 0; j < len(body); j++ {
						if body[j] != '\r' {
							b = append(b, body[j])
						}
					}
					body = string(b)
				}
				return i + 1, body, nil
			}
		}
		return 0, "", ErrSyntax
	case '"', '\'':
	default:
		return 0, "", ErrSyntax
	}
	var buf []byte
	rest := s[1:]
	count := 0
	for len(rest) > 0 && rest[0] != quote {
		if rest[0] == '\n' {
			return 0, "", ErrSyntax
		}
		r, multibyte, tail, err := UnquoteChar(rest, quote)
		if err != nil {
			return 0, "", err
		}
		if r == utf8.RuneError && !multibyte && len(rest) > 0 && rest[0] >= utf8.RuneSelf {
			return 0, "", ErrSyntax
		}
		if multibyte && r == utf8.RuneError && len(rest)-len(tail) == 1 {
			// invalid UTF-8 byte: kept as is in strings, an error in rune literals
			if quote == '\'' {
				return 0, "", ErrSyntax
			}
		}
		if decode {
			if r < utf8.RuneSelf || !multibyte {
				if multibyte || r >= utf8.RuneSelf && quote == '\'' {
					buf = utf8.AppendRune(buf, r)
				} else {
					buf = append(buf, byte(r))
				}
			} else if len(rest)-len(tail) == 1 {
				buf = append(buf, rest[0]) // an invalid byte stays itself
			} else {
				buf = utf8.AppendRune(buf, r)
			}
		}
		rest = tail
		count++
		if quote == '\'' && count > 1 {
			return 0, "", ErrSyntax
		}
	}
	if len(rest) == 0 {
		return 0, "", ErrSyntax
	}
	if quote == '\'' && count != 1 {
		return 0, "", ErrSyntax
	}
	return len(s) - len(rest) + 1, string(buf), nil
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
