// targets: host wasi wasm cortex-m-qemu microbit arduino

// strconv's and fmt's quoting of every escape: the control characters (\a to \r by
// letter, others as \x), DEL, \u and \U forms, invalid runes and bytes, the quote
// characters.
//
// Off the Uno since session 26: its last Printf builds a 72-byte line, whose buffer
// grows to 128 bytes (32 blocks) in a heap of 123 blocks; at the failing allocation 86
// blocks were live and the largest free run was 18. Which stack words look like heap
// addresses (return addresses are word addresses of code, so code at bytes 0xA28 to
// 0xE00 returns to "heap pointers") changes with the code's layout: the program passed
// with the full 104-byte vector table and runs out of memory with the short one.
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
