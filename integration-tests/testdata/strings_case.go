// targets: host wasi wasm cortex-m-qemu microbit
// (not arduino: the strings of its table take more RAM than the Uno has)
// strings and bytes case mapping: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic.
package main

import (
	"bytes"
	"strings"
)

func main() {
	for _, s := range []string{"", "hello, World 42_x", "ÀÉÎõüÿ ß", "ĀāĹĺŸžİı ſ", "ΑΒΓαβγ ς Σ µ", "ЁЖЯёжя", "K Å", "a\xffb"} {
		println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
	println(strings.Title("hello wide_world, it's-fine 3rd élan"))
	b := []byte("Mixed Case Δ")
	println(string(bytes.ToUpper(b)), string(bytes.ToLower(b)), string(bytes.Title([]byte("go fmt"))), string(b))
	println(bytes.ToLower(nil) != nil, len(bytes.ToTitle(nil)))
	s := "already lower"
	println(strings.ToLower(s) == s)
}
