package main

func main() {
	var a int = 1
	var b string = "s"
	println(a + b)
}
