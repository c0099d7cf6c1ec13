package main

// A struct literal, a field store through a pointer, an array of structs indexed.
type P struct{ x, y int }

func move(p *P, d int) { p.x += d }

func main() {
	ps := [2]P{{1, 2}, {y: 5}}
	move(&ps[1], 3)
	println(ps[1].x, ps[0].y)
}
