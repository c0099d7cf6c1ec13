// Package errors creates error values and inspects chains of wrapped errors.
package errors

// New returns an error whose Error method returns text. Each call returns a distinct
// value, even for equal texts.
func New(text string) error {
	return &textError{text}
}

type textError struct {
	s string
}

func (e *textError) Error() string {
	return e.s
}

// Unwrap returns the error that err wraps (its Unwrap method's result), or nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err or an error it wraps (through Unwrap() error or
// Unwrap() []error) equals target or has an Is(error) bool method that says so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for err != nil {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if Is(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}
