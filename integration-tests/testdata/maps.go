package main

// Maps: make with and without a size hint, reads of absent keys, comma-ok,
// assignment, op-assignment, ++, delete, len, nil maps (reads give the zero value,
// delete does nothing, println prints the pointer), maps of slices, tuple assignment
// between elements, and a deferred delete.

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

var counter map[int]bool

var inFlight = map[string]int{}

// work registers k while it runs; a deferred delete takes it out again.
func work(k string) int {
	inFlight[k] = len(inFlight)
	defer delete(inFlight, k)
	return len(inFlight)
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	m["b"] *= 3
	m["d"] -= 4
	m["d"] <<= 2
	println(len(m), m["a"], m["b"], m["c"], m["d"], m["none"])
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["zzz"]
	println(v, ok)
	if _, ok := m["c"]; ok {
		println("c present")
	}
	delete(m, "a")
	delete(m, "absent")
	println(len(m), m["a"])
	m["a"] = 5
	println(len(m), m["a"])

	var nm map[string]int
	println(nm == nil, nm != nil, len(nm), nm["x"], nm)
	_, ok = nm["x"]
	println(ok)
	delete(nm, "x")
	for k := range nm {
		println("never", k)
	}
	println(m == nil, counter == nil)
	counter = make(map[int]bool)
	counter[3] = true
	println(counter[3], counter[4], len(counter))

	h := make(map[int]int, 12)
	fill(h, 12)
	println(len(h), h[11], h[12])

	groups := map[bool][]int{}
	for i := 0; i < 10; i++ {
		groups[i%3 == 0] = append(groups[i%3 == 0], i)
	}
	println(len(groups[true]), len(groups[false]), groups[false][4])

	s := map[int]int{1: 10, 2: 20}
	s[1], s[2] = s[2], s[1]
	println(s[1], s[2])
	s[3], s[1] = s[1]+1, s[3]
	println(s[1], s[3], len(s))
	i8 := map[int8]int8{}
	i8[-1] = 127
	i8[-1]++
	println(i8[-1])
	println(work("a"), len(inFlight))
}
