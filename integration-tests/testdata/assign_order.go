package main

import "unsafe"

// Evaluation order and forms of Go's spec that a compiler can get silently wrong:
// range over an array value iterates over a copy; the two phases of an assignment
// (bounds and nil checks happen as each value is stored); len and cap of array
// pointers; slices converted to array pointers; a tagless switch with an
// interface-typed case; blank fields of struct literals stay zero.

type node struct{ v int }

type padded struct{ a, _, c int }

var global = padded{1, 2, 3}

func arrayPtr(calls *int) *[4]int {
	*calls++
	return nil
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		println("copy", i, v)
	}
	p := &arr
	for i, v := range p {
		p[2] = 5
		println("ptr", i, v)
	}

	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
	}
	println("range assign", i, x[0], x[1])

	m := map[int]int{}
	s := []int{}
	func() {
		defer func() { println("recovered:", recover() != nil, len(m), m[2]) }()
		m[2], s[1] = 42, 2
	}()
	var np *node
	func() {
		defer func() { println("recovered:", recover() != nil, m[3]) }()
		m[3], np.v = 7, 1
	}()

	calls := 0
	println("len", len(arrayPtr(&calls)), cap(arrayPtr(&calls)), calls)

	sl := []int{1, 2, 3, 4, 5}
	ap := (*[3]int)(sl)
	ap[0] = 9
	println("array pointer", sl[0], len(ap))
	var empty []int
	println("nil", (*[0]int)(empty) == nil)
	func() {
		defer func() {
			if e, ok := recover().(error); ok {
				println(e.Error())
			}
		}()
		_ = (*[8]int)(sl)
	}()

	local := padded{4, 5, 6}
	println("blank fields", global.a, global.c, local.a, local.c, *(*[3]int)(unsafe.Pointer(&global)) == [3]int{1, 0, 3},
		*(*[3]int)(unsafe.Pointer(&local)) == [3]int{4, 0, 6})

	var e interface{} = true
	switch {
	case e:
		println("interface case true")
	default:
		println("default")
	}
}
