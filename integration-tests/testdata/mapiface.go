// targets: host wasi cortex-m-qemu microbit

// Maps whose keys are interfaces, or structs holding interfaces: hashing by the
// dynamic type, interface equality, and Go's panic for an unhashable dynamic type.
package main

import "fmt"

type P struct{ a, b int }
type S struct {
	k interface{}
	n int
}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	m[2.5] = 3
	m[P{1, 2}] = 4
	x := new(int)
	m[x] = 5
	m[int8(1)] = 6
	m[nil] = 7
	fmt.Println(len(m), m[1], m["a"], m[2.5], m[P{1, 2}], m[x], m[int8(1)], m[nil], m[int16(1)])
	for i := 0; i < 60; i++ {
		m[i] = i
	}
	delete(m, 30)
	_, ok := m[30]
	fmt.Println(len(m), m[59], ok)
	m2 := map[S]bool{{"x", 1}: true}
	fmt.Println(m2[S{"x", 1}], m2[S{"y", 1}])
	m3 := map[error]int{}
	e := fmt.Errorf("x")
	m3[e]++
	m3[e]++
	fmt.Println(m3[e])
	defer func() { fmt.Println(recover()) }()
	m[[]int{1}] = 1
}
