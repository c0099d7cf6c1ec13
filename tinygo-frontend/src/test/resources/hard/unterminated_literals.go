package main

func main() {
	x := "a
	y := 'b
}
