package main

type I interface{ M() }

type T struct{}

func (t *T) M() {}

type U struct{ a, b int }

func two() (int, int) { return 1, 2 }

func none() {}

func main() {
	var sh uint = 2
	println(1.0 << sh)
	var i I = T{}
	_ = i
	var f float64 = 1 << sh
	_ = f
	u := U{1}
	u = U{1, 2, 3}
	u = U{c: 1}
	len("abc")
	x := none()
	var a, b = two(), 1
	_, _ = a, b
	n := 1
	n.x = 2
	for i := range 5 {
		_ = i
	}
	var m map[[]int]int
	_ = m
	var p *T
	p.M()
	T{}.M()
	break
	var s []int
	s.foo()
	_ = append(s, "x")
	_ = make([]int)
	_ = new(5)
	var ch chan<- int
	<-ch
	return
}
