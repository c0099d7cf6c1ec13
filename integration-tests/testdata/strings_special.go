// targets: host wasi wasm cortex-m-qemu microbit
// strings and bytes case mapping and folding over all of Unicode (package unicode's
// tables), and the Special variants with unicode.TurkishCase and AzeriCase.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	words := []string{
		"hello", "Straße", "έλα Ωμέγα ΐ", "Ǆemal ǆ ǈ", "Հայաստան", "ქართული", "𐐨𐐩 𐐀", "ÿ ŉ ǰ",
		"İstanbul ıi", "ﬁne ﬀ", "\xffbad\xfe", "", "ASCII only 123", "Ⅻ ⓐ",
	}
	for _, w := range words {
		fmt.Printf("%q: upper %q lower %q title %q Title %q\n", w, strings.ToUpper(w), strings.ToLower(w),
			strings.ToTitle(w), strings.Title(w))
		fmt.Printf("  turkish %q %q %q azeri %q\n", strings.ToUpperSpecial(unicode.TurkishCase, w),
			strings.ToLowerSpecial(unicode.TurkishCase, w), strings.ToTitleSpecial(unicode.TurkishCase, w),
			strings.ToUpperSpecial(unicode.AzeriCase, w))
		b := []byte(w)
		fmt.Printf("  bytes %q %q %q %q\n", bytes.ToUpper(b), bytes.ToLower(b),
			bytes.ToUpperSpecial(unicode.TurkishCase, b), bytes.ToLowerSpecial(unicode.TurkishCase, b))
		fmt.Printf("  %q %q\n", bytes.ToTitleSpecial(unicode.TurkishCase, b), bytes.Title(b))
	}
	pairs := [][2]string{
		{"Go", "GO"}, {"straße", "STRASSE"}, {"ſ", "S"}, {"K", "\u212A"}, {"k", "\u212A"}, {"Σ", "ς"},
		{"ǅ", "ǆ"}, {"Ǆ", "ǈ"}, {"µ", "Μ"}, {"ẞ", "ß"}, {"Å", "\u212B"}, {"𐐀", "𐐨"}, {"i", "İ"},
		{"θ", "ϑ"}, {"abc", "abcd"}, {"", ""}, {"a\xff", "A\xff"}, {"ᲀ", "В"},
	}
	for _, p := range pairs {
		fmt.Printf("%q %q %v %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]), bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}
	special := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{'X' - 'a', 0, 0}},
	}
	fmt.Println(strings.ToUpperSpecial(special, "abcdef"), strings.ToLowerSpecial(special, "ABCdef"))
}
