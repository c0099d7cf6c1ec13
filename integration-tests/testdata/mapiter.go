package main

// Range over maps. Go leaves the order unspecified, so the program prints sorted keys
// or order-independent aggregates. Changes during the loop: an entry deleted before it
// is reached is not produced, and values written during the loop are seen
// (mapgrowiter.go: maps that grow during the loop).

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func squares(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func main() {
	words := map[string]int{"pear": 4, "apple": 5, "fig": 3, "kiwi": 4, "banana": 6}
	for _, k := range sortedKeys(words) {
		println(k, words[k])
	}
	total, count := 0, 0
	for _, v := range words {
		total += v
	}
	for range words {
		count++
	}
	println(total, count)

	var k string
	var v int
	longest := 0
	for k, v = range words {
		if v > longest {
			longest = v
		}
	}
	println(longest, len(k) > 0)

	// break and continue
	odd := 0
	for _, v := range squares(6) {
		if v%2 == 0 {
			continue
		}
		odd++
	}
	found := false
	for k := range squares(6) {
		if k == 7 {
			found = true
			break
		}
	}
	println(odd, found)

	// nested loops over one map
	sq := squares(5)
	pairs := 0
	for a := range sq {
		for b := range sq {
			if a < b {
				pairs++
			}
		}
	}
	println(pairs)

	// deleting the partner of each key: only one of each pair is produced
	m := squares(6)
	iterations := 0
	for k := range m {
		delete(m, k^1)
		iterations++
	}
	println(iterations, len(m))

	// values written during the loop
	for k, v := range m {
		m[k] = v + 1000
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum > 5000, len(m))
}
