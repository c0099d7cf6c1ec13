package main

// The map part of the shared benchmark's mixed.go: counting words in a
// map[string]int. Size figures: bench/sizes bench/programs (README).

func main() {
	m := map[string]int{}
	words := []string{"apple", "banana", "apple", "cherry", "banana", "apple"}
	for _, w := range words {
		m[w]++
	}
	println("apple", m["apple"], "banana", m["banana"], "cherry", m["cherry"], "len", len(m))
}
