package strconv

import (
	"internal/printable"
	"unicode/utf8"
)

// Quoting: Go string and rune literals for arbitrary text. Printable runes are kept,
// the quote and backslash are escaped, and everything else becomes \a \b \f \n \r \t
// \v, \xHH (control bytes and invalid UTF-8), \uHHHH or \UHHHHHHHH.

const lowerhex = "0123456789abcdef"

// quoteMode is which runes a quoted literal keeps as they are: the printable ones
// (Quote), the printable ASCII ones (QuoteToASCII) or the graphic ones, which are the
// printable ones and the Unicode spaces (QuoteToGraphic).
type quoteMode uint8

const (
	keepPrint quoteMode = iota
	keepASCII
	keepGraphic
)

// Quote returns s as a double-quoted Go string literal.
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', keepPrint))
}

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', keepASCII))
}

// QuoteToGraphic is Quote keeping every graphic rune (IsGraphic) as it is.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', keepGraphic))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepPrint) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepASCII) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepGraphic)
}

// QuoteRune returns r as a single-quoted Go rune literal; an invalid code point
// becomes U+FFFD.
func QuoteRune(r rune) string { return string(AppendQuoteRune(nil, r)) }

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return string(AppendQuoteRuneToASCII(nil, r)) }

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune as it is.
func QuoteRuneToGraphic(r rune) string { return string(AppendQuoteRuneToGraphic(nil, r)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, keepPrint) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, keepASCII) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepGraphic)
}

func appendQuotedRune(dst []byte, r rune, mode quoteMode) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, '\'')
	dst = appendEscapedRune(dst, r, '\'', mode)
	return append(dst, '\'')
}

func appendQuoted(dst []byte, s string, quote byte, mode quoteMode) []byte {
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 && r == utf8.RuneError {
			dst = append(dst, '\\', 'x', lowerhex[s[i]>>4], lowerhex[s[i]&0xF])
			i++
			continue
		}
		dst = appendEscapedRune(dst, r, quote, mode)
		i += n
	}
	return append(dst, quote)
}

// escapeLetters[r-'\a'] is the letter of the escape of r, '\a' <= r <= '\r': a
// read-only table, which stays in flash on AVR, where a switch's would be in RAM.
var escapeLetters = [7]byte{'a', 'b', 't', 'n', 'v', 'f', 'r'}

func appendEscapedRune(dst []byte, r rune, quote byte, mode quoteMode) []byte {
	if r == rune(quote) || r == '\\' {
		return append(dst, '\\', byte(r))
	}
	switch mode {
	case keepASCII:
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(dst, byte(r))
		}
	case keepGraphic:
		if IsGraphic(r) {
			return utf8.AppendRune(dst, r)
		}
	default:
		if IsPrint(r) {
			return utf8.AppendRune(dst, r)
		}
	}
	if r >= '\a' && r <= '\r' {
		return append(dst, '\\', escapeLetters[r-'\a'])
	}
	if r < ' ' || r == 0x7F {
		return append(dst, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	}
	// \u and four hex digits, or \U and eight
	c, shift := byte('u'), 12
	if r >= 0x10000 {
		c, shift = 'U', 28
	}
	dst = append(dst, '\\', c)
	for ; shift >= 0; shift -= 4 {
		dst = append(dst, lowerhex[r>>uint(shift)&0xF])
	}
	return dst
}

// CanBackquote reports whether s can be written as a raw string literal: a single
// line of valid UTF-8 without control characters other than tab, and no backquote.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if n > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

// IsPrint reports whether r is printable as Go defines it (unicode.IsPrint): a
// letter, mark, number, punctuation or symbol of Unicode 13.0.0, or the ASCII space.
func IsPrint(r rune) bool {
	return printable.Rune(r)
}

// IsGraphic reports whether r is graphic as Unicode defines it: a letter, mark,
// number, punctuation, symbol or space (category Zs). These are the printable runes
// (IsPrint) and the spaces other than U+0020: U+00A0, U+1680, U+2000 to U+200A,
// U+202F, U+205F and U+3000.
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	switch {
	case r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}
