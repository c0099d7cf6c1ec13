// targets: host wasi wasm cortex-m-qemu microbit
// Allocates far more than any chip's heap holds in total while keeping a small live
// set of strings, slices, maps, closures and interface boxes, checked as it goes.
package main

type pair struct {
	a, b int
}

type shape interface {
	area() int
}

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func main() {
	const keep = 3
	var strs [keep]string
	var slices [keep][]int
	var funcs [keep]func() int
	var boxes [keep]any
	var shapes [keep]shape
	m := map[int]*pair{}
	bad := 0
	for i := 0; i < 3000; i++ {
		k := i % keep
		// check what was kept from keep iterations ago
		if i >= keep {
			j := i - keep
			if strs[k] != "s"+itoa(j) {
				bad++
			}
			if len(slices[k]) != j%4+1 || slices[k][len(slices[k])-1] != j {
				bad++
			}
			if funcs[k]() != j+1 {
				bad++
			}
			if boxes[k].(pair).b != j*2 {
				bad++
			}
			if shapes[k].area() != j*3 {
				bad++
			}
			if p := m[j%64]; p == nil || p.a != j {
				bad++
			}
			delete(m, j%64)
		}
		strs[k] = "s" + itoa(i)
		var s []int
		for n := 0; n <= i%4; n++ {
			s = append(s, i-i%4+n)
		}
		s[len(s)-1] = i
		slices[k] = s
		funcs[k] = counter(i)
		boxes[k] = pair{i, i * 2}
		shapes[k] = rect{i, 3}
		m[i%64] = &pair{i, i}
		if i%500 == 0 {
			println(i, strs[k], len(m), bad)
		}
	}
	println("done", len(m), bad)
}
