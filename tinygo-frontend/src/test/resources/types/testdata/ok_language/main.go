package main

import "unsafe"

type Shape interface {
	Area() int
	Name() string
}

type Base struct {
	id int
}

func (b *Base) ID() int { return b.id }

func (b Base) Name() string { return "base" }

type Rect struct {
	Base
	W, H int
}

func (r Rect) Area() int { return r.W * r.H }

type Square struct {
	*Base
	S int
}

func (s Square) Area() int { return s.S * s.S }

type Celsius float64

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() (v int, ok bool) {
	if len(*s) == 0 {
		return 0, false
	}
	v = (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Op func(a, b int) int

type Node struct {
	next *Node
	val  int
}

var (
	total    = sum(values...)
	values   = []int{1, 2, 3}
	registry = map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	points = []struct{ X, Y int }{{1, 2}, {3, 4}}
	ptrs   = []*Node{{val: 1}, {val: 2}}
	grid   [3][3]byte
	_      = unsafe.Sizeof(grid)
)

const maxU8 = ^uint8(0)
const big = 1 << 62
const f = 1.5
const s = "str" + "ing"
const typed Celsius = 36.6

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return "rect " + v.Name()
	case Square, nil:
		_ = v
		return "square or nil"
	default:
		return v.Name()
	}
}

func apply(op Op, a, b int) int { return op(a, b) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
		}
	}()
	q = a / b
	return
}

func main() {
	r := Rect{Base{1}, 2, 3}
	sq := Square{&Base{2}, 4}
	var shapes = []Shape{r, sq}
	for i, sh := range shapes {
		println(i, sh.Area(), describe(sh))
	}
	println(r.ID(), r.id, sq.ID(), r.Base.Name())
	var st Stack
	st.Push(1)
	st.Push(2)
	if v, ok := st.Pop(); ok {
		println(v)
	}
	m := map[string]int{"a": 1}
	m["b"] = 2
	if _, ok := m["c"]; !ok {
		delete(m, "a")
	}
	for k, v := range m {
		println(k, v)
	}
	c := counter()
	c()
	println(c(), apply(registry["add"], 1, 2), total, len(points), ptrs[0].val)
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		ch <- 1
		close(done)
	}()
	select {
	case v := <-ch:
		println(v)
	case <-done:
	}
	var p *Node = &Node{val: 5}
	p.next = &Node{}
	p.next.val = p.val + 1
	bs := []byte("hello")
	str := string(bs[1:3]) + string(rune(65))
	for i, ru := range str {
		println(i, ru)
	}
	var temp Celsius = 20
	temp = temp*1.8 + 32
	fn := r.Area
	mexpr := Rect.Area
	println(fn(), mexpr(r), int(temp), maxU8, big, f*2, s, float64(typed))
	var iface interface{} = 3
	if n, ok := iface.(int); ok {
		println(n)
	}
	x := 10
	switch {
	case x > 5:
		println("big")
	case x > 2:
		println("mid")
	}
	switch y := x * 2; y {
	case 20:
	}
	arr := [...]int{1, 2, 3, 5: 6}
	println(len(arr), cap(arr[:2]))
	up := uintptr(unsafe.Pointer(p)) + unsafe.Offsetof(p.val)
	_ = (*int)(unsafe.Pointer(up))
	copy(bs, "xy")
	var e error
	println(e == nil)
	q, err := divide(1, 0)
	println(q, err)
	goto end
end:
	for i := range [3]int{} {
		if i == 1 {
			continue
		}
	}
	var u8 uint8 = 200
	u8 += 100
	var sh uint = 2
	println(1<<sh, u8>>1, -7>>1)
	type local struct{ a int }
	l := local{a: 1}
	println(l.a, new(int) != nil)
}
