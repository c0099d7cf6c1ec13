// string <-> []rune conversions against Go's.
package main

type MyRune rune

func main() {
	s := "héllo, 世界\xff!"
	rs := []rune(s)
	println(len(rs), rs[1], rs[7], rs[9])
	println(string(rs), string(rs[2:5]), string([]rune{}), string([]rune{-1, 0x110000, 0xD800, 'x', 0x10FFFF}))
	ms := []MyRune{'a', 'é', '界'}
	println(string(ms), len([]rune("")), string(rune(65)))
	for i, r := range []rune("ab") {
		println(i, r)
	}
}
