package main

// Maps in generic code: map types with type-parameter keys and values, a type
// parameter whose core type is a map, comma-ok in a generic function, and a map field
// of a generic struct type (instantiated with a struct key holding a string).

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Inc[M ~map[K]int, K comparable](m M, k K) {
	m[k]++
	m[k] += 2
}

func Get[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

type Counter[K comparable] struct {
	counts map[K]int
}

func (c *Counter[K]) Add(k K) {
	if c.counts == nil {
		c.counts = make(map[K]int)
	}
	c.counts[k]++
}

type pt struct {
	x int
	s string
}

func main() {
	m := map[string]int{"a": 1}
	Inc(m, "a")
	Inc(m, "b")
	println(Keys(m), m["a"], m["b"])
	v, ok := Get(map[pt]int{{1, "x"}: 25}, pt{1, "x"})
	println(v, ok)
	var c Counter[pt]
	c.Add(pt{1, "a"})
	c.Add(pt{1, "a"})
	c.Add(pt{2, "a"})
	println(len(c.counts), c.counts[pt{1, "a"}])
	delete(c.counts, pt{1, "a"})
	println(len(c.counts))
}
