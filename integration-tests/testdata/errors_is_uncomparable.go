// targets: host wasi wasm cortex-m-qemu microbit

package main

import (
	"errors"
	"fmt"
)

// an error type holding a slice: == on two of its values in interfaces panics
type listError struct{ items []string }

func (e listError) Error() string { return fmt.Sprint("list ", len(e.items)) }

// an uncomparable error that says which targets it is
type matcher []string

func (m matcher) Error() string { return "matcher" }

func (m matcher) Is(target error) bool {
	t, ok := target.(matcher)
	return ok && len(t) == len(m)
}

type wrapper struct{ inner error }

func (w wrapper) Error() string { return "wrap: " + w.inner.Error() }
func (w wrapper) Unwrap() error { return w.inner }

func main() {
	a := listError{[]string{"x"}}
	b := listError{[]string{"x"}}
	fmt.Println(errors.Is(a, b))
	fmt.Println(errors.Is(wrapper{a}, b))
	fmt.Println(errors.Is(wrapper{matcher{"p", "q"}}, matcher{"r", "s"}))
	fmt.Println(errors.Is(wrapper{matcher{"p"}}, matcher{"r", "s"}))
	sentinel := errors.New("sentinel")
	fmt.Println(errors.Is(wrapper{wrapper{sentinel}}, sentinel))
	fmt.Println(errors.Is(wrapper{a}, sentinel))
	fmt.Println(errors.Is(nil, b), errors.Is(a, nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	var x, y error = a, b
	fmt.Println(x == y)
}
