// Package errors creates and inspects error values, with the API of Go's package of
// the same name (As is missing: it needs reflection).
package errors

// New returns an error whose Error method returns text. Each call returns a distinct
// value, even for equal texts.
func New(text string) error {
	return &textError{text}
}

type textError struct {
	text string
}

func (e *textError) Error() string {
	return e.text
}

// Unwrap returns the result of err's Unwrap method, or nil if it has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err or an error in its chain of Unwrap results equals target
// or has an Is method that reports true for target.
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
		err = Unwrap(err)
	}
	return false
}
