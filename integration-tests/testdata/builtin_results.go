package main

// Builtins given the several results of one call as their arguments.

func parts() (float64, float64)              { return 5, 7 }
func pair(a []byte) ([]byte, string)         { return a, "xyz" }
func words() ([]string, string, string)      { return []string{"a"}, "b", "c" }
func entry(m map[int]int) (map[int]int, int) { return m, 1 }

func main() {
	c := complex(parts())
	println(real(c) == 5, imag(c) == 7)
	b := []byte{1, 2}
	println(copy(pair(b)), b[0], b[1])
	s := append(words())
	println(len(s), s[0], s[1], s[2])
	m := map[int]int{1: 1, 2: 2}
	delete(entry(m))
	println(len(m), m[2])
}
