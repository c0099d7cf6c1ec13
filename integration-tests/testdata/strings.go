package main

// Strings: concatenation, comparison, slicing, conversions to and from byte slices
// and runes, range over UTF-8 (including an invalid byte), and panic with an int.

func main() {
	a := "héllo"
	b := a + ", " + "wörld"
	b += "!"
	println(b, len(b))
	for i, r := range "aé€😀\xff" {
		println(i, r)
	}
	bs := []byte(b)
	bs[0] = 'H'
	println(string(bs), b[:1], string(rune(0x20AC)), string(rune(-1)) == "\uFFFD")
	var x int64 = 1 << 40
	println(string(rune(x)) == "\uFFFD", a < b, a == "héllo", a != b)
	panic(42)
}
