package main

type pair struct{ a, b int }

func main() {
	var x, y interface{} = pair{1, 2}, pair{1, 2}
	println(x == y)
	x, y = []int{1}, "s"
	println(x == y)
	y = []int{1}
	println(x == y)
}
