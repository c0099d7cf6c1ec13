package main

type Empty struct{}

func (Empty) M() int { return 3 }

type K struct {
	a interface{}
	b [2]int
}

type node struct {
	next interface{ Val() int }
	v    int
}

func (n *node) Val() int {
	if n.next == nil {
		return n.v
	}
	return n.v + n.next.Val()
}

type F func(int) int

func (f F) Apply(x int) int { return f(x) }

type Applier interface{ Apply(int) int }

// Writer and Reader use byte and rune; T declares them with uint8 and int32.
type Writer interface{ Write(p []byte) int }
type Reader interface{ Read() rune }
type T struct{}

func (T) Write(p []uint8) int { return len(p) }
func (T) Read() int32         { return 'x' }

func main() {
	var e interface{ M() int } = Empty{}
	println(e.M(), e == Empty{}, e != interface{ M() int }(Empty{}))
	k1 := K{"x", [2]int{1, 2}}
	k2 := K{"x", [2]int{1, 2}}
	println(k1 == k2, interface{}(k1) == interface{}(k2))
	k2.a = 3
	println(k1 == k2)
	n := &node{&node{&node{nil, 1}, 2}, 3}
	println(n.Val())
	var a Applier = F(func(x int) int { return x * 2 })
	println(a.Apply(21))
	if f, ok := a.(F); ok {
		println(f(4))
	}
	var w Writer = T{}
	println(w.Write([]byte("abc")))
	if r, ok := interface{}(T{}).(Reader); ok {
		println(r.Read())
	}
	var arr interface{} = [3]byte{1, 2, 3}
	println(arr.([3]byte)[2], arr == interface{}([3]byte{1, 2, 3}))
	var big interface{} = int64(-5)
	println(big.(int64))
	var u8 interface{} = uint8(250)
	switch v := u8.(type) {
	case int, uint8:
		println("multi", v == uint8(250))
	}
	var p *node
	var pi interface{ Val() int } = p
	println(pi != nil)
	fs := []interface{}{1, "two", 3.0, nil, Empty{}}
	for i, f := range fs {
		switch f.(type) {
		case int, string:
			println(i, "int or string")
		case float64:
			println(i, "float")
		case nil:
			println(i, "nil")
		default:
			println(i, "other")
		}
	}
}
