// targets: host wasi wasm cortex-m-qemu microbit

// fmt's Println, Print, Printf and Sprint on small values: spacing rules, integers,
// strings, bools, structs, slices, pointers to structs, nil, Stringer and error
// operands. Small enough for the Arduino Uno's 2 KiB of RAM.
package main

import (
	"errors"
	"fmt"
)

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°C", int(t)) }

type Pair struct {
	Key   string
	Value int
}

func main() {
	fmt.Println("hello, fmt")
	fmt.Println("n =", 42, -7, true, 'x', uint8(200))
	fmt.Print("a", "b", 1, 2, "c", 3, Temp(5), "\n")
	fmt.Printf("%d|%4d|%-4d|%04d|%x|%X|%o|%b|%#x|%+d|%c\n", 1, 2, 3, 4, 255, 255, 8, 5, 255, 3, 'G')
	fmt.Printf("%s|%q|%6s|%-6s|%.2s|%v\n", "a", "b\t", "c", "d", "hello", Temp(21))
	p := Pair{"k", 9}
	fmt.Println(p, &p, []int{1, 2, 3}, []string{"x", "y"})
	fmt.Printf("%v %+v %T\n", p, p, p)
	var np *Pair
	var e error
	fmt.Println(np, e, nil)
	fmt.Println(errors.New("boom"), fmt.Errorf("wrapped: %w", errors.New("cause")))
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
}
