package main

// A map with string keys: make, assignment, lookup with comma-ok, delete, len, range.
func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	m := count([]string{"a", "b", "a"})
	n, ok := m["a"]
	delete(m, "b")
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(n, ok, len(m), sum)
}
