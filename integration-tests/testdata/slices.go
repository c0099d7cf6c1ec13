package main

// Slices: make, literals, indexing, slicing of slices, arrays and strings, append with
// growth, copy, range, len and cap, nil slices, new.

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	s := make([]int, 3, 10)
	s[0], s[1], s[2] = 4, 5, 6
	println(len(s), cap(s), s[0]+s[1]+s[2])
	s = append(s, 7, 8)
	println(len(s), cap(s), sum(s))
	var grow []int
	println(grow == nil, len(grow))
	for i := 0; i < 30; i++ {
		grow = append(grow, i*i)
	}
	println(grow == nil, len(grow), cap(grow) >= 30, grow[29], sum(grow))
	lit := []int{10, 20, 30, 40, 50}
	mid := lit[1:4]
	println(len(mid), cap(mid), mid[0], mid[2])
	mid[1] = 99
	println(lit[2])
	full := lit[1:3:4]
	println(len(full), cap(full))
	full = append(full, 1)
	println(lit[3])
	full = append(full, 2)
	full[0] = -1
	println(lit[1], full[0])
	arr := [5]byte{'h', 'e', 'l', 'l', 'o'}
	b := arr[1:3]
	println(len(b), cap(b), b[0], b[1])
	str := "hello, world"
	println(str[7:], str[:5], str[3:8], len(str[7:]))
	dst := make([]byte, 3)
	n := copy(dst, str)
	println(n, dst[0], dst[2])
	n = copy(lit, lit[2:])
	println(n, lit[0], lit[1], lit[2])
	more := append([]int(nil), lit...)
	more = append(more, lit[:2]...)
	println(len(more), more[5], more[6])
	p := new(int)
	*p = 42
	q := new([4]int)
	q[3] = 7
	println(*p, q[3], len(q))
	var empty []string
	for range empty {
		println("never")
	}
	words := []string{"a", "b", "c"}
	for i, w := range words {
		print(i, w, " ")
	}
	println()
	defer_free := s[len(s)-1]
	println(defer_free)
	idx := 7
	println(s[idx])
}
