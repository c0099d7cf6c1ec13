package main
func main() {
	var a int8 = 300
	var b uint = 1.5
	const c uint8 = 255 + 1
	_, _ = a, b
	_ = int8(200)
	_ = int(1.5)
	x := 1
	x = x
	var f func()
	_ = f == f
	type E struct{ s []int }
	_ = E{} == E{}
	var i interface{ M() }
	_ = i.N
	_ = i.(int)
	var arr [2]int
	_ = arr[:]
	_ = [2]int{}[:]
	for {
	}
	println()
}

func g(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("x")
	}
}

func h(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}
