// print_kinds: the builtins print and println on every kind of value gc accepts, in
// gc's formats, and on the several results of one call. Only values whose output is
// the same on every target: nil references and addresses made from small constants.
package main

import "unsafe"

type ints []int
type table map[string]int
type handler func(int) int
type stringer interface{ String() string }

// sliceHeader is the layout of a slice in gc and in tinygo4j, whose length and
// capacity are as wide as an address (on AVR int is wider).
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap uintptr
}

func three() (int16, float64, string) {
	return -3, 2.5, "three"
}

func pair[T any](x T) (T, bool) {
	return x, true
}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	var s []int
	var b []byte
	var named ints
	var m map[int]string
	var nm table
	var c chan int
	var rc <-chan bool
	var f func()
	var h handler
	var p *int
	var pp **string
	var up unsafe.Pointer
	var e interface{}
	var i stringer

	println(s, b, named)
	println(m, nm)
	println(c, rc)
	println(f, h)
	println(p, pp, up)
	println(e, i)

	// addresses made from constants print the same everywhere
	base := (*byte)(unsafe.Pointer(uintptr(0x100)))
	header := sliceHeader{unsafe.Pointer(base), 3, 3}
	arr := *(*[]byte)(unsafe.Pointer(&header))
	println(arr, arr[:1], arr[1:], arr[:0:0])
	println(base, unsafe.Pointer(uintptr(0xbeef)), (*int)(unsafe.Pointer(uintptr(0x2a))))
	println(s[:0], b[0:0:0])

	print(s, " ", m, " ", p, " ", e, "\n")
	print(arr[2:], "\n")

	// one call with several results: each result is an argument
	println(three())
	print(three())
	print("\n")
	println(pair[int](7))
	println(pair[string]("x"))
	println(pair[[]int](nil))
	println(lookup(nil, "k"))
	println(lookup(map[string]int{"k": 9}, "k"))

	defer println("deferred:", s, m)
	defer println(three())
	defer print(pair[uint8](200))
	defer print("\n")
}
