// targets: host wasi wasm cortex-m-qemu microbit

// recover works in the function a panic calls as a deferred call, also when the
// compiler reaches it through an interface's dispatch or a wrapper of its own: a
// method called through an interface, a method value, a method expression (also of an
// interface), a method promoted through an embedded field, a function value, a type
// parameter's method (also with a pointer type argument). A function that the deferred
// function calls gets nil, also through a method value. Not on the Uno, whose 512-byte
// main stack its frames outgrow (reported there as a stack overflow).
package main

type I interface{ M() }

type P struct{}

func (*P) M() { println("pointer method:", value(recover())) }

type V struct{ n int }

func (v V) M() { println("value method:", v.n, value(recover())) }

type Big [64]int

func (b Big) M() { println("large receiver:", b[63], value(recover())) }

type Outer struct{ V }

type Deep struct{ V }

// gc would inline M into its wrappers, where sub would count as called by the
// deferred function.
//
//go:noinline
func (Deep) M() { sub() }

func sub() { println("not deferred:", recover() == nil) }

func f(n int) { println("function value:", n, value(recover())) }

func generic[T I](x T) {
	defer x.M()
	panic(12)
}

func caught() {
	if r := recover(); r != nil {
		println("caught by the next deferred call:", value(r))
	}
}

// value is the panic value recovered, -1 for none.
func value(r interface{}) int {
	if r == nil {
		return -1
	}
	return r.(int)
}

func main() {
	var b Big
	b[63] = 63
	cases := []func(){
		func() { var i I = &P{}; defer i.M(); panic(1) },
		func() { var i I = V{2}; defer i.M(); panic(2) },
		func() { var i I = b; defer i.M(); panic(3) },
		func() { var i I = Outer{V{4}}; defer i.M(); panic(4) },
		func() { g := V{5}.M; defer g(); panic(5) },
		func() { defer V.M(V{6}); panic(6) },
		func() { defer (*V).M(&V{7}); panic(7) },
		func() { defer Outer.M(Outer{V{8}}); panic(8) },
		func() { g := f; defer g(9); panic(9) },
		func() { defer caught(); var i I = Deep{}; defer i.M(); panic(10) },
		func() { generic(V{12}) },
		func() { var i I = V{13}; g := i.M; defer g(); panic(13) },
		func() { var i I = &P{}; g := i.M; defer g(); panic(14) },
		func() { var i I = V{15}; defer I.M(i); panic(15) },
		func() { var i I = Outer{V{16}}; g := I.M; defer g(i); panic(16) },
		func() { defer caught(); var i I = Deep{}; g := i.M; defer g(); panic(17) },
		func() { generic(&V{18}) },
		func() { generic(&P{}) },
		func() { generic(&Outer{V{20}}) },
		func() {
			defer caught()
			defer func() { var i I = V{21}; g := i.M; g() }()
			panic(21)
		},
	}
	for _, c := range cases {
		c()
	}
	// run by a normal return, the deferred method gets nil
	func() { var i I = V{11}; defer i.M() }()
}
