package main

// clear(m) (Go 1.21) on maps: every entry goes, the map stays usable, a nil map is
// fine, a range loop under way produces no more entries, and a deferred clear runs at
// the return. The reference toolchain (Go 1.19) has no clear, so it builds
// clear_go119.go, which deletes each key; this compiler takes clear_go121.go, the
// builtin.

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clearMap(m)
	println(len(m), len(alias), m["a"])
	m["d"] = 4
	println(len(m), m["d"], alias["d"])

	var nilMap map[string]int
	clearMap(nilMap)
	println(len(nilMap))

	n := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4}
	iterations := 0
	for range n {
		iterations++
		clearMap(n)
	}
	println(iterations, len(n))

	later := map[string]int{"p": 1, "q": 2}
	println(clearLater(later), len(later))
}
