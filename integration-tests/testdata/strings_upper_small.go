// targets: host wasi wasm cortex-m-qemu microbit arduino
// strings and bytes case mapping and folding beyond ASCII, through package unicode's
// tables (on the Uno they are in program memory).
package main

import (
	"bytes"
	"strings"
)

func main() {
	println(strings.ToUpper("héllo ǆ Հայ ΐ ქართ"))
	println(strings.ToLower("ÀÉÎ ΣΑΣ Ǆ 𐐀"))
	println(strings.ToTitle("ǆemal ǉ"), strings.Title("ǆemal ǉubljana"))
	println(string(bytes.ToUpper([]byte("ŉ ǰ ǅ"))), string(bytes.ToLower([]byte("ǅ"))))
	println(strings.EqualFold("straſe", "STRASE"), strings.EqualFold("Ǆ", "ǅ"), strings.EqualFold("a", "b"),
		bytes.EqualFold([]byte("𐐀"), []byte("𐐨")), strings.EqualFold("\u212A", "k"))
}
