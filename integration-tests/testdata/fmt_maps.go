// targets: host wasi wasm cortex-m-qemu microbit

// fmt on maps: keys sorted as Go's fmt sorts them (numbers, strings, booleans,
// structs and arrays field by field, nil first), %v %+v %#v, nested maps, maps in
// structs and slices, nil and empty maps, Stringer keys and values.
package main

import "fmt"

type K struct {
	A int
	B string
}

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m, len(m))
	fmt.Printf("%v|%+v|%#v|%d\n", m, m, m, m)
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "x", 0: "o"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]bool{{2, "x"}: true, {1, "z"}: false, {1, "a"}: true})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3})
	fmt.Println(map[uint8][]int{7: []int{1}, 3: nil})
	fmt.Println(map[string]map[string]int{"y": map[string]int{"q": 1, "p": 2}, "x": map[string]int{}})
	fmt.Println(map[Name]Name{"k2": "v2", "k1": "v1"})
	var nm map[string]int
	fmt.Printf("%v %#v %v %d\n", nm, nm, map[int]int{}, len(nm))
	type S struct {
		M map[string]int
		L []map[int]bool
	}
	fmt.Printf("%v %+v\n", S{map[string]int{"k": 1}, []map[int]bool{map[int]bool{2: true, 1: false}}}, S{})
	pm := &map[string]int{"p": 1}
	fmt.Println(pm)
}
