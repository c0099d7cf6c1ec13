package main

func main() {
	r := 'ÿ'
	println(r)
}
