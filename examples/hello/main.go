package main

func main() {
	println("hello from tinygo4j")
}
