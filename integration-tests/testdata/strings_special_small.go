// targets: host wasi wasm cortex-m-qemu microbit
// strings and bytes case mapping beyond ASCII, with the Special variants
// (not arduino: a SpecialCase is read by the same code as unicode.CaseRanges, which then stays in RAM).
package main

import (
	"bytes"
	"strings"
	"unicode"
)

func main() {
	s := "héllo ǆ Հայ ΐ"
	println(strings.ToUpper(s))
	println(strings.ToLower("ÀÉÎ ΣΑΣ Ǆ"))
	println(strings.ToTitle(s))
	println(strings.ToUpperSpecial(unicode.TurkishCase, "iıİ"))
	println(string(bytes.ToLowerSpecial(unicode.TurkishCase, []byte("IİI"))))
	println(strings.EqualFold("straſe", "STRASE"), strings.EqualFold("Ǆ", "ǅ"), strings.EqualFold("a", "b"))
}
