package main

import "unsafe"

const (
	A = iota * 10
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Reg struct {
	val uint32
}

var counter int
var table = [4]uint8{1, 2, 3, 4}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func external(x int) int

func main() {
	q, r := divmod(17, 5)
	println(q, r, A, B, C, E, KB, MB, GB)
	var s uint = 3
	var x int64 = 1 << s
	x += 2
	x--
	p := Point{1, 2}
	p.Scale(3)
	pp := &p
	pp.Scale(2)
	println(p.Sum(), pp.X, x)
	str := "hello"
	for i := 0; i < len(str); i++ {
		print(str[i], " ")
	}
	for counter < 3 {
		counter++
	}
	for {
		break
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	addr := uintptr(0x40000000)
	reg := (*Reg)(unsafe.Pointer(addr))
	reg.val = 1
	sl := table[1:3]
	sl = append(sl, 9)
	println(len(sl), cap(sl), unsafe.Sizeof(p), fib(10))
	f := func(a int) int { return a * counter }
	println(f(2))
	switch q {
	case 1, 2:
		println("small")
		fallthrough
	case 3:
	default:
		println("big")
	}
	var b byte = 'a'
	var ru rune = 'é'
	println(b, ru, int8(-128), uint8(255), ^uint8(0), -5/2, -5%2, 7>>1, true && !false)
	if v := external(1); v > 0 {
		println(v)
	} else if v < 0 {
		panic("negative")
	}
}
