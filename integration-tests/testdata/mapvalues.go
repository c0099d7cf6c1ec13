// targets: host wasi wasm cortex-m-qemu microbit
// (Not the Uno since session 9: its heap of about 740 bytes holds about 550 live
// before the last part, which needs 270; code generated differently since then leaves
// a stale pointer to the memo map's old table. An open item.)
package main

// Maps as values: held in struct fields and globals (with literal initialisers),
// returned from functions, passed around (they are references), nested map literals,
// struct values read and replaced, and a memoised recursion that inserts into the map
// while an assignment to the same map waits for its right-hand side.

type point struct {
	x, y int
}

type registry struct {
	name  string
	count map[string]int
}

func (r *registry) add(s string) {
	r.count[s]++
}

func makeMap() map[string]int {
	return map[string]int{"k": 9}
}

func bump(m map[string]int, k string) {
	m[k] += 100
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

var global = map[string]int{"one": 1, "two": 2}

// Each part is a function of its own, so that its maps are garbage once it returns
// (the Uno's heap holds well under a kilobyte).
func main() {
	registryPart()
	referencePart()
	globalPart()
	structPart()
	nestedPart()
}

func registryPart() {
	r := registry{name: "r", count: map[string]int{}}
	r.add("x")
	r.add("x")
	r.add("y")
	println(r.name, r.count["x"], r.count["y"], len(r.count))
}

func referencePart() {
	m := makeMap()
	alias := m
	alias["new"] = 42
	bump(m, "k")
	println(m["new"], m["k"], len(m), makeMap()["k"])
}

func globalPart() {
	println(fib(12), len(memo))
	println(global["two"], len(global))
	global["three"] = 3
	println(len(global), global["three"])
}

func structPart() {
	pts := map[string]point{"o": {}, "p": {1, 2}}
	p := pts["p"]
	p.x = 10
	println(pts["p"].x, p.x, pts["q"].y)
	pts["p"] = p
	println(pts["p"].x, pts["p"].y)
}

func nestedPart() {
	nested := map[string]map[string]int{"a": {"x": 1}, "b": {"y": 2}}
	nested["a"]["z"] = 3
	println(len(nested), len(nested["a"]), nested["a"]["z"], nested["b"]["y"], nested["c"]["w"])
}
