// targets: host wasi wasm cortex-m-qemu microbit
// errors.As over internal/reflectlite: concrete and interface targets, wrapped chains,
// an As method and the panics for bad targets.
package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

type wrapped struct{ err error }

func (w wrapped) Error() string { return "wrapped: " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

type asTemp struct{}

func (asTemp) Error() string { return "asTemp" }
func (asTemp) As(target any) bool {
	if p, ok := target.(*Temporary); ok {
		*p = netErr{}
		return true
	}
	return false
}

func main() {
	err := fmt.Errorf("ctx: %w", &NotFound{"file"})
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	var tmp Temporary
	fmt.Println(errors.As(err, &tmp), tmp == nil)
	fmt.Println(errors.As(wrapped{netErr{}}, &tmp), tmp.Temporary())
	var ne netErr
	fmt.Println(errors.As(wrapped{wrapped{netErr{}}}, &ne))
	var t2 Temporary
	fmt.Println(errors.As(wrapped{asTemp{}}, &t2), t2 != nil)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), errors.Is(err, nf), errors.Unwrap(err) == error(nf))
	var target error
	fmt.Println(errors.As(err, &target), target)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(err, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(err, nf)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var i int
		errors.As(err, &i)
	}()
}
