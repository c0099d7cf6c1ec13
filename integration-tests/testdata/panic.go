package main

func check(n int) {
	if n > 2 {
		panic("n is too big")
	}
	println("n =", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	println("not reached")
}
