package main

// Map composite literals in their various places: package-level (also read with
// comma-ok in a package-level declaration), inside slice and array literals with the
// map type elided, as struct fields, with elided &T{...} values and keys, with
// composite keys; and a named map type with methods.

type point struct{ x, y int }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

func (s Set) Has(k string) bool { return s[k] }

var table = []map[string]int{{"a": 1}, {"b": 2, "c": 3}}

var lookup = map[string]int{"x": 24}

var found, present = lookup["x"]

type wrap struct {
	m map[string]int
}

func main() {
	println(len(table), table[1]["c"], found, present)
	pm := map[string]*point{"a": {1, 2}}
	println(pm["a"].y, pm["b"] == nil)
	arr := [2]map[int]int{{1: 1}, {2: 2, 3: 3}}
	println(len(arr[0]), len(arr[1]), arr[1][3])
	ws := []wrap{{m: map[string]int{"q": 1}}}
	ws[0].m["q"]++
	println(ws[0].m["q"])
	keys := map[[2]point]string{{{1, 2}, {3, 4}}: "x"}
	println(keys[[2]point{{1, 2}, {3, 4}}], keys[[2]point{}] == "")
	byPtr := map[*point]int{{7, 8}: 1}
	for k, v := range byPtr {
		println(k.x, k.y, v)
	}
	s := Set{}
	s.Add("go")
	println(s.Has("go"), s.Has("c"), len(s), s != nil)
}
