package main

func f(a, b int) int { return a + b }

func g() (int, int) { return 1, 2 }

func h() int {
	for {
		break
	}
}

func main() {
	var x int = 1
	var s string = x
	var i8 int8 = 300
	const c int8 = 300
	_ = x + s
	_ = f(1)
	_ = f(1, 2, 3)
	y := 5
	_ = undefinedName
	var z int
	z = "a"
	_ = 1 << 70
	var u uint = -1
	_ = i8
	a, b := g(), 1
	_ = 1.5 << 2
	var sh uint = 3
	var fl float64 = 1 << sh
	_ = fl
	_ = !x
	_ = -"a"
	if x {
	}
	x()
	_ = "abc"[5]
	var arr [3]int
	_ = arr[5]
	_ = x.foo
	var p *int
	_ = p.foo
	return 1
}
