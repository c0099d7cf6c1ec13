package main

const (
	a = iota
	b
	c int8 = 1 << 7
)

var x, y = 1
var big = 1 << 100

type T struct{ f int }

func (t T) M() {}

func main() {
	var i int
	var j int64
	_ = i == j
	_ = i << 1.5
	var s []int
	_ = s == s
	var t T
	t.M(1)
	t.g = 1
L:
	for {
		continue M
	}
	i = 1 / 0
	var k int8 = 127 + 1
	_ = k
	_ = len(5)
	undefinedF()
	_ = 'a' + "b"
	var q = nil
	i, j := 1, 2
	f := func() int {}
	_ = f
	_ = uint8(256)
	_ = 5 % 2.0
	_ = 5.0 % 2
}
