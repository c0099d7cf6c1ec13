package main

import "fmt"

// Dense switches, which instruction selection may turn into jump tables.
func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 2:
		return "two"
	case 3:
		return "three"
	case 4:
		return "four"
	case 5:
		return "five"
	case 6:
		return "six"
	case 7:
		return "seven"
	}
	return "many"
}

func score(b byte) int {
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		return 1
	case 'd', 'g':
		return 2
	case 'b', 'c', 'm', 'p':
		return 3
	case 'f', 'h', 'v', 'w', 'y':
		return 4
	case 'k':
		return 5
	case 'j', 'x':
		return 8
	}
	return 10
}

func main() {
	t := 0
	for i := 0; i < 9; i++ {
		fmt.Println(i, name(i))
		t += score(byte('a' + i))
	}
	fmt.Printf("score %d\n", t)
}
