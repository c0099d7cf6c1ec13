package main

func main() {
	s := `aÿb`
	println(s)
}
