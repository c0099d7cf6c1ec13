// targets: host wasi wasm

// Go's unicode and unicode/utf16, compiled from the GOROOT: classes, case mapping,
// special cases and surrogate pairs.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', 'é', 'Σ', 'ß', '世', '\u0130', '!', '\t', 0x1F600} {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)),
			string(unicode.ToTitle(r)), unicode.Is(unicode.Han, r), unicode.In(r, unicode.Greek, unicode.Latin))
	}
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')), string(unicode.SimpleFold('\u212A')))
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')))
	fmt.Println(unicode.IsPrint('\u00ad'), unicode.IsGraphic('\u3000'), unicode.IsControl('\n'), unicode.MaxRune)
	enc := utf16.Encode([]rune("héllo, 世界 \U0001F600"))
	fmt.Println(enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune(0x10437)
	fmt.Printf("%x %x %x %v\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r1))
}
