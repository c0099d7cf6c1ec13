package main

import "fmt"

func main() {
	squares := map[int]int{}
	for i := 1; i <= 5; i++ {
		squares[i] = i * i
	}
	fmt.Println("compiled in memory:", squares)
}
