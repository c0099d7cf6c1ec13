// targets: host wasi wasm cortex-m-qemu microbit

// fmt and methods: Stringer and error operands for every verb, methods of elements,
// fields and embedded pointers, error before String, value methods through nil
// pointers (<nil>, as Go catches their panic), %#v of every kind.
package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprint("S", int(s)) }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

type Both struct{}

func (Both) Error() string  { return "err" }
func (Both) String() string { return "str" }

type W struct {
	I  interface{}
	P  *S
	Es []error
	B  Both
}

type Emb struct {
	*E
	N int
}

func main() {
	s := S(3)
	fmt.Printf("%v %d %x %s %q %5v|%-5s|\n", s, s, s, s, s, s, s)
	fmt.Println(&s, []*S{&s}[0] == &s, []S{1, 2})
	fmt.Println(&E{4}, error(&E{5}), Both{})
	fmt.Printf("%v %+v\n", W{S(1), &s, []error{&E{1}, nil, errors.New("x")}, Both{}}, W{I: []int{1}})
	fmt.Printf("%v\n", Emb{&E{7}, 8})
	fmt.Printf("%s %v %d\n", []S{1}, [2]S{}, []S{5})
	fmt.Printf("%v %s\n", struct{ A, B interface{} }{1, "x"}, struct{ A []byte }{[]byte("hi")})
	fmt.Printf("%x %X % x %s\n", [3]byte{1, 2, 255}, []uint8{10}, [2]byte{'a', 'b'}, [2]byte{'a', 'b'})
	fmt.Printf("%v %v\n", [0]int{}, []struct{}{{}, {}})
	fmt.Printf("%6.3v|%-6v|%06d|%x\n", "abcdef", []int{1, 2}, []int{3}, []string{"ab", "c"})
	fmt.Printf("%+d %+v % d\n", []int{1, -1}, []int{2}, []int{3})
	fmt.Printf("%c|%U|%q\n", []rune{104, 233}, []int32{0x41}, []int32{0x263a})
	fmt.Printf("%t %v\n", []bool{true}, [1]bool{})
	fmt.Printf("%#v\n", W{I: 1, Es: nil})
	fmt.Printf("%#v %#v %#v %#v\n", S(2), uint8(3), int64(-4), uintptr(5))
	fmt.Printf("%#v %#v %#x %#o\n", true, "q\"", "hi", 8)
	var ip *int
	fmt.Printf("%#v %v %d\n", ip, ip, []*int{nil})
	fmt.Printf("%v %s\n", error(nil), error(nil))
}
