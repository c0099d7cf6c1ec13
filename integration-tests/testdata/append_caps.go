// targets: host wasi wasm cortex-m-qemu microbit

// The capacities append gives, which Go programs can print: gc doubles a small
// slice's capacity, grows a large one by a quarter and 192 elements, takes the new
// length when that is more than double, and then rounds the array up to its
// allocator's size class (so cap(append([]int64(nil), make([]int64, 9)...)) is 10).
// The element types have one size on every target (int64, byte, [3]byte, [12]byte),
// so that the output is the same for 32- and 64-bit targets. Not on the Uno: there is
// no gc for AVR to agree with, and there append does not round up to size classes
// (RAM is 2 KiB).
package main

type rgb [3]byte
type rec [12]byte

func main() {
	for n := 0; n <= 70; n += 3 {
		a := append([]int64(nil), make([]int64, n)...)
		b := append([]int64{1}, make([]int64, n)...)
		c := append([]byte("x"), make([]byte, n)...)
		d := append([]rgb(nil), make([]rgb, n)...)
		e := append(make([]rec, 1, 1), make([]rec, n)...)
		println(n, cap(a), cap(b), cap(c), cap(d), cap(e))
	}
	var g []int64
	var h []rgb
	var z []struct{}
	lg, lh := -1, -1
	for i := 0; i < 300; i++ {
		g = append(g, int64(i))
		h = append(h, rgb{})
		z = append(z, struct{}{})
		if cap(g) != lg || cap(h) != lh {
			println("grow at", i, cap(g), cap(h))
			lg, lh = cap(g), cap(h)
		}
	}
	println("empty struct", len(z), cap(z))
	// past 256 elements: a quarter and 192 more each time (bytes, to fit the micro:bit)
	var b []byte
	lb := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != lb {
			println("bytes grow at", i, cap(b))
			lb = cap(b)
		}
	}
	s := make([]byte, 5, 5)
	s = append(s, "hello, world"...)
	println(len(s), cap(s), string(s[5:]))
	total := int64(0)
	for _, v := range g {
		total += v
	}
	println("sum", total)
}
