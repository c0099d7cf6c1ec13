package main

import "fmt"

func f(a int, s string) (int, error) {
	if a > 0 {
		return
	}
	return 1
}

func g() int {
	return "x"
}

func main() {
	var s string
	f(s, 1)
	x, err := f(1, "a")
	_ = x
	var y int
	y := 2
	var z = undefined.Foo
	fmt.Printline("x")
	var u8 uint8 = 255
	u8++
	const c = 10
	c = 5
	"abc"[0] = 'x'
	var arr [3]int
	arr[3] = 1
	for i := 0; i < 10; i++ {
		i := "s"
	}
	if err != nil {
	}
	var iface interface{}
	_ = iface + 1
	_ = z
}
