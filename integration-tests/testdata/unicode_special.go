// targets: host wasi wasm cortex-m-qemu microbit

// unicode.SpecialCase: Turkish and Azeri dotted and dotless i, and a special case
// built at run time, which package unicode reads with the same helper as its own
// case tables (on the Uno that helper once read the run-time table from flash).
package main

import "unicode"

func main() {
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'Z', 'é'} {
		println(r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.AzeriCase.ToUpper(r), unicode.ToUpper(r))
	}
	sc := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{3, 0, 3}}}
	for _, r := range "abcdA" {
		println(r, sc.ToUpper(r), sc.ToLower(r), sc.ToTitle(r))
	}
}
