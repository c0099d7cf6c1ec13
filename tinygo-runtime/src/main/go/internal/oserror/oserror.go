// Package oserror holds the type of the sentinel errors of io/fs and os, and the
// errors Go's own package syscall (compiled from the GOROOT) matches its Errno values
// against. Error is a string type, so that `var ErrX error = oserror.Error("...")`
// boxes a constant into read-only data at compile time instead of allocating on the
// heap at start-up, as errors.New would, in every program that imports os (all that
// use fmt). Two such values with the same text are equal: io/fs's ErrNotExist and
// this package's are the same error.
package oserror

// Error is an error with a fixed text.
type Error string

func (e Error) Error() string {
	return string(e)
}

// The errors of io/fs (which declares the same values) as syscall.Errno's Is sees them.
var (
	ErrInvalid    error = Error("invalid argument")
	ErrPermission error = Error("permission denied")
	ErrExist      error = Error("file already exists")
	ErrNotExist   error = Error("file does not exist")
	ErrClosed     error = Error("file already closed")
)
