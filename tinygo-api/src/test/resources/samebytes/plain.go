package main

// Integer work and a map, without fmt.
func main() {
	m := map[int]int{}
	for i := 0; i < 40; i++ {
		m[i%7] += i
	}
	for k := 0; k < 7; k++ {
		println(k, m[k])
	}
}
