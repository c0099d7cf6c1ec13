// strconv's and fmt's quoting of every escape: the control characters (\a to \r by
// letter, others as \x), DEL, \u and \U forms, invalid runes and bytes, the quote
// characters.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for r := rune(0); r < 0x22; r++ {
		fmt.Print(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), " ")
	}
	for _, r := range []rune{0x7f, 0xe9, 0x2003, 0xD800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1, '\'', '"', '\\'} {
		fmt.Print(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), " ")
	}
	fmt.Println()
	fmt.Printf("%q %+q %q\n", "a\a\b\f\n\r\t\v\x00\x7f\xffé😀", "é😀\u2003", '\v')
}
