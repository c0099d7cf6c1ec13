// Package unicode/utf8 against Go's: decoding valid and invalid input, encoding,
// counting and validation.
package main

import "unicode/utf8"

func main() {
	inputs := []string{"", "a", "é", "€", "𝄞", "\xff", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "héllo, 世界", "\xf0\x9f\x98"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		println(len(s), r, n, lr, ln, br == r, bn == n, utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)),
			utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.FullRuneInString(s))
	}
	runes := []rune{0, 'A', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -1}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		println(r, utf8.RuneLen(r), n, buf[0], buf[1], buf[2], buf[3], utf8.ValidRune(r), len(utf8.AppendRune(nil, r)))
	}
	println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneError, utf8.MaxRune, utf8.UTFMax, utf8.RuneSelf)
}
