// gc: none

// Built with -gc=none (no heap): methods on local structs, arrays and slices of them,
// and printing need no heap; a run-time error's panic still prints Go's message (the
// runtime serves a panic from a small static arena).
package main

type point struct{ x, y int }

func (p *point) add(q point) { p.x += q.x; p.y += q.y }

var table = [4]int{1, 2, 3, 4}

func sum(s []int) int {
	n := 0
	for _, v := range s {
		n += v
	}
	return n
}

func main() {
	p := point{1, 2}
	p.add(point{3, 4})
	println(p.x, p.y)
	var local [8]int
	for i := range local {
		local[i] = i * i
	}
	println(sum(local[2:5]), sum(table[:]))
	i := len(local) + 1
	println(table[i])
}
