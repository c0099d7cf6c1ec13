// targets: host wasi wasm cortex-m-qemu microbit arduino

// strconv.IsGraphic, QuoteToGraphic, QuoteRuneToGraphic and their Append forms: the
// Unicode spaces are graphic but not printable, so they stay as they are where Quote
// escapes them; controls and format characters are escaped by both.
package main

import "strconv"

func main() {
	runes := []rune{' ', 'a', '\t', 0x7F, 0xA0, 0xAD, 0x1680, 0x2000, 0x2005, 0x200A, 0x200B,
		0x2028, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF, 'é', '世', 0x1F600, 0xD800, 0x10FFFF, -1}
	for _, r := range runes {
		println(r, strconv.IsGraphic(r), strconv.IsPrint(r), strconv.QuoteRuneToGraphic(r), strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	s := "a\u00a0b\u3000c\td\u2028e\xfff\u202fg\"h\\"
	println(strconv.QuoteToGraphic(s))
	println(strconv.Quote(s))
	println(strconv.QuoteToASCII(s))
	println(string(strconv.AppendQuoteToGraphic([]byte("x="), "\u2003y")))
	println(string(strconv.AppendQuoteRuneToGraphic([]byte("r="), 0x2003)))
}
