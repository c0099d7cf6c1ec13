package main

func main() {
	goto L
	x := 1
	_ = x
L:
	goto M
	{
	M:
		println()
	}
	for i := 0; i < 2; i++ {
		goto N
	}
N:
	goto L
}
