// targets: host wasi wasm cortex-m-qemu microbit
// A map that grows and shrinks for a long time: its old tables and deleted entries must
// be freed, its live entries kept.
package main

func main() {
	m := make(map[int]string)
	names := [5]string{"zero", "one", "two", "three", "four"}
	total := 0
	for i := 0; i < 4000; i++ {
		m[i] = names[i%5] + "!"
		window := 4 + (i/100)%8 // the live size goes up and down
		for k := range m {
			if k <= i-window {
				delete(m, k)
			}
		}
		total += len(m)
		if i%400 == 0 {
			println(i, len(m), m[i], total)
		}
	}
	s := 0
	for k, v := range m {
		s += k + len(v)
	}
	println(len(m), s, total)
}
