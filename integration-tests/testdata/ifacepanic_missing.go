package main

type I interface{ M() }
type J interface {
	M()
	N()
}
type T int

func (T) M() {}

func main() {
	var i I = T(1)
	if _, ok := i.(J); !ok {
		println("T is not a J")
	}
	var e interface{}
	if _, ok := e.(I); !ok {
		println("nil is not an I")
	}
	_ = i.(J)
}
