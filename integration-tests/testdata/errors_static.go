// Package-level errors.New sentinels are static objects evaluated at compile time
// (docs/ARCHITECTURE.md, "Read-only data"): each is distinct, even for equal texts;
// copies keep their identity; errors.Is, == and the std library's own (io.EOF,
// strconv.ErrRange) compare as in Go.
package main

import (
	"errors"
	"io"
	"strconv"
)

var (
	ErrA    = errors.New("a")
	ErrB    = errors.New("a")
	ErrC    = ErrA
	ErrNone error
	errs    = []error{ErrA, ErrB, io.EOF, ErrNone, errors.New("in a slice")}
	byName  = [2]struct {
		name string
		err  error
	}{{"eof", io.EOF}, {"range", strconv.ErrRange}}
)

// ErrD is replaced in main: its readers keep the first value
var ErrD = errors.New("d")
var firstD = ErrD

type wrapped struct{ inner error }

func (w wrapped) Error() string { return "wrapped: " + w.inner.Error() }
func (w wrapped) Unwrap() error { return w.inner }

func find(i int) error {
	switch i {
	case 0:
		return ErrA
	case 1:
		return io.EOF
	case 2:
		return wrapped{ErrB}
	}
	return nil
}

type reader struct{ n int }

func (r *reader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	r.n--
	p[0] = 'x'
	return 1, nil
}

func main() {
	println(ErrA == ErrB, ErrC == ErrA, ErrA.Error(), ErrB.Error(), ErrNone == nil)
	println(errors.Is(find(0), ErrA), errors.Is(find(0), ErrB), find(1) == io.EOF, errors.Is(find(2), ErrB),
		errors.Is(find(2), ErrA), find(2).Error())
	for i, e := range errs {
		if e == nil {
			println(i, "nil")
			continue
		}
		println(i, e.Error(), e == ErrA, e == io.EOF)
	}
	for _, b := range byName {
		println(b.name, b.err.Error(), b.err == io.EOF, b.err == strconv.ErrRange)
	}
	_, err := strconv.Atoi("99999999999999999999")
	println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), err.Error())
	r := &reader{n: 2}
	buf := make([]byte, 1)
	n := 0
	for {
		_, err := r.Read(buf)
		if err == io.EOF {
			break
		}
		n++
	}
	println("read", n)
	ErrD = errors.New("d")
	println(ErrD == firstD, firstD.Error(), ErrD.Error())
}
