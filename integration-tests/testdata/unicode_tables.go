// targets: host wasi wasm cortex-m-qemu microbit arduino

// Package unicode on every target: a program that imports it does not build the
// package's unread Categories, Scripts and Properties maps (it did not fit the
// micro:bit or the Uno before), and its classes, case mappings and tables work.
package main

import "unicode"

func main() {
	for _, r := range []rune{'A', 'z', 'é', 'ß', 'Σ', 'ς', '5', '٣', ' ', '\u00a0', '\t', '世', '!', '\u0301', 'ǅ', 'İ', -1} {
		println(r, unicode.IsUpper(r), unicode.IsLower(r), unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsMark(r), unicode.IsTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Greek, 'Σ'), unicode.In('é', unicode.Latin, unicode.Greek))
	println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, 'x'))
	println(unicode.MaxRune, unicode.Version)
}
