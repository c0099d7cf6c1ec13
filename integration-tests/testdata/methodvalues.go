package main

import "errors"

type Getter interface{ Get(int) int }

type Setter interface{ Set(int) }

// GetSetter embeds two interfaces.
type GetSetter interface {
	Getter
	Setter
}

type T struct{ base int }

func (t T) Get(x int) int { return t.base + x }
func (t *T) Set(b int)    { t.base = b }

// Outer gets T's methods through an embedded pointer.
type Outer struct {
	*T
	name string
}

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

var errBase = errors.New("base failure")

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	t := T{10}
	f := t.Get
	t.base = 20
	println(f(1))
	set := t.Set
	set(5)
	println(t.base)
	var g Getter = t
	get := g.Get
	g = T{100}
	println(get(2), g.Get(2))
	println(T.Get(t, 3), (*T).Get(&t, 4), Getter.Get(g, 5))
	o := Outer{&T{1}, "o"}
	var gs GetSetter = o
	gs.Set(41)
	println(gs.Get(1), o.base)
	println(apply([]func(int) int{t.Get, o.Get, g.Get}, 0))
	(*Outer).Set(&o, 7)
	println(Outer.Get(o, 2), o.base)
	err := error(&wrapped{"loading", errBase})
	println(err.Error())
	println(errors.Is(err, errBase), errors.Is(errBase, err), errors.Unwrap(err) == errBase)
	println(errors.New("x") == errors.New("x"))
}
