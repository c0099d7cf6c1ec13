// Package oserror holds the type of the sentinel errors of io/fs and os: a string
// type, so that `var ErrX error = oserror.Error("...")` boxes a constant into
// read-only data at compile time instead of allocating on the heap at start-up, as
// errors.New would, in every program that imports os (all that use fmt).
package oserror

// Error is an error with a fixed text.
type Error string

func (e Error) Error() string {
	return string(e)
}
