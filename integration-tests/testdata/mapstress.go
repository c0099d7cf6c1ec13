package main

// targets: host wasi wasm cortex-m-qemu

// A random mix of inserts, updates, deletes and lookups (a fixed pseudo-random
// sequence), checked against a plain array after every step, with range loops that
// must see exactly the live entries: exercises probing past tombstones, growth and
// rebuilds. Prints checksums.

const keys = 300

var seed uint32 = 12345

func random() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

func main() {
	m := map[uint32]uint32{}
	var shadow [keys]uint32 // 0 = absent, else value+1
	live := 0
	checksum := uint32(0)
	for step := 0; step < 6000; step++ {
		k := random() % keys
		switch random() % 4 {
		case 0, 1:
			v := random() % 1000
			if shadow[k] == 0 {
				live++
			}
			m[k] = v
			shadow[k] = v + 1
		case 2:
			if shadow[k] != 0 {
				live--
			}
			delete(m, k)
			shadow[k] = 0
		default:
			v, ok := m[k]
			if ok != (shadow[k] != 0) || (ok && v+1 != shadow[k]) {
				println("mismatch at step", step, "key", k)
				return
			}
			checksum = checksum*31 + v
		}
		if len(m) != live {
			println("len mismatch at step", step)
			return
		}
		if step%500 == 0 {
			seen := 0
			for k, v := range m {
				if shadow[k] != v+1 {
					println("range mismatch at step", step)
					return
				}
				seen++
			}
			println(step, live, seen)
		}
	}
	strKeys := map[string]int{}
	for i := 0; i < 200; i++ {
		strKeys[string(rune('a'+i%26))+string(rune('a'+i/26))] = i
	}
	for i := 0; i < 200; i += 3 {
		delete(strKeys, string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	total := 0
	for _, v := range strKeys {
		total += v
	}
	println(checksum, len(m), len(strKeys), total)
}
