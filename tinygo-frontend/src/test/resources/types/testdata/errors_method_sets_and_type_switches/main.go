package main

type I interface{ M(); N() int }

type T struct{}

func (T) M()      {}
func (T) N() bool { return true }

type V struct{}

func f() {}

func main() {
	var i I = T{}
	var j I = V{}
	_, _ = i, j
	_ = i.(V)
	var x interface{} = 1
	switch x.(type) {
	case int, int:
	}
	f(1)
	var k int = f()
	_ = k
	var a [2]int
	a[0], a[1] = 1
	_ = 'a' * "b"
	x = T.N
	_ = 1
	var y = T{}
	y.z()
}

func sw(n int) {
	switch n {
	case 1, 2:
	case 3, 1:
	}
}
