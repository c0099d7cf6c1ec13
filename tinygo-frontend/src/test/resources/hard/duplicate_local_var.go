package main

func main() {
	var a [1000]int64
	var a [1000]int64
	var b [10000]int64
	_, _ = a, b
}
