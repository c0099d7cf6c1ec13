package main

// Map keys of the scalar kinds: integers of several widths, strings (including ""),
// named string types, booleans, pointers, and the empty struct (a key of size zero).

type name string

func main() {
	i64 := map[int64]string{-1 << 40: "big", 7: "seven"}
	println(i64[-1<<40], i64[7], i64[8] == "")
	u16 := map[uint16]int{65535: 1}
	u16[65535] += 2
	println(u16[65535], len(u16))

	s := map[string]int{"": 1, "long key with several words in it": 2}
	s["long key with several words in it"]++
	s[""]--
	println(s[""], s["long key with several words in it"], len(s))

	named := map[name]name{"x": "y"}
	named[named["x"]] = "z"
	println(named["x"], named["y"], len(named))

	flags := map[bool]string{true: "yes"}
	flags[false] = "no"
	println(flags[1 > 0], flags[1 < 0])

	x, y := 1, 2
	ptrs := map[*int]int{&x: 10}
	ptrs[&y] = 20
	ptrs[&x]++
	println(ptrs[&x], ptrs[&y], len(ptrs))

	empty := map[struct{}]int{}
	empty[struct{}{}]++
	empty[struct{}{}]++
	println(empty[struct{}{}], len(empty))
}
