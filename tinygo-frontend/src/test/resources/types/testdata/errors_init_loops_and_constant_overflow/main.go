package main

import "os"

type T struct{ a int }

func (t *T) P() {}

const c int8 = 100

var g = h

func h() int { return g }

func main() {
	_ = c * 2
	_ = -c - 100
	var u uint8 = 1
	_ = u << 9
	_ = uint8(255) + 1
	_ = 1 << -1
	_ = ^uint8(0)
	T{}.P()
	var x int
	x, y := 1
	_ = x.(int)
	_ = &5
	x = nil
	var p *int = 0
	_ = p
	_ = 3 / 0.0
	_ = true && 1
	for i := 0; i < 3; i++ {
	}
	var m map[string]int
	_ = m["a"] + "b"
	var arr [3]int
	arr[1.5] = 1
	_ = arr[-1]
	v := 3
	v = 4
	_ = x
}
