package main

// Range over maps that grow during the loop (the runtime moves the entries to a new
// table): every entry that was there all along is produced exactly once, and an entry
// deleted after the growth, before the loop reached it, is not produced.

func squares(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func main() {
	// entries added during the loop (the map grows): the original ones come once each
	g := squares(4)
	seen := map[int]int{}
	for k := range g {
		if k < 4 {
			seen[k]++
		}
		if k == 0 || k == 1 || k == 2 || k == 3 {
			g[k+10] = k
			g[k+20] = k
		}
	}
	once := 0
	for _, n := range seen {
		if n == 1 {
			once++
		}
	}
	println(len(seen), once, len(g))

	// the map grows and then loses the entries not reached yet
	h := squares(4)
	produced := 0
	grown := false
	for k := range h {
		if k < 4 {
			produced++
		}
		if !grown {
			grown = true
			for i := 10; i < 14; i++ {
				h[i] = i
			}
			for i := 0; i < 4; i++ {
				if i != k {
					delete(h, i)
				}
			}
		}
	}
	println(produced, len(h))
}
