// strconv.IsPrint and IsGraphic agree with Unicode 13.0.0 (Go 1.19's unicode tables):
// unassigned code points are neither, so Quote escapes them. Every 61st rune of the
// whole range is counted (a sample that the Uno also gets through), then runes at
// the edges of assigned blocks in each plane are quoted.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var print, graphic [17]int
	for r := rune(0); r <= 0x10FFFF; r += 61 {
		if strconv.IsPrint(r) {
			print[r>>16]++
		}
		if strconv.IsGraphic(r) {
			graphic[r>>16]++
		}
	}
	fmt.Println(print)
	fmt.Println(graphic)
	for _, r := range []rune{0x377, 0x378, 0x37A, 0xE00, 0xE01, 0x9FFC, 0x9FFD, 0x1F6FF, 0x1F6D8,
		0x1FB00, 0x1FBCB, 0x2A6DD, 0x2A6DE, 0x30000, 0x3134A, 0x3134B, 0xE0100, 0xE01F0, 0x10FFFD} {
		fmt.Print(strconv.QuoteRune(r), " ")
	}
	fmt.Println()
	fmt.Printf("%q %+q\n", "\u0e00\u0e01\u0378x", "\u0e01")
}
