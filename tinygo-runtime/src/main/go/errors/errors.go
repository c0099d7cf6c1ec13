// Package errors creates error values and inspects chains of wrapped errors.
package errors

import "internal/reflectlite"

// New returns an error whose Error method returns text. Each call returns a distinct
// value, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
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
	// a target of an uncomparable type is only matched by Is methods (== would panic)
	canCompare := reflectlite.ComparableValue(target)
	for err != nil {
		if canCompare && err == target {
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

// As finds the first error in err's chain whose type is assignable to the type
// target points to, stores it there and reports true; an error with an As(any) bool
// method that returns true counts too. It panics when target is not a non-nil
// pointer to an interface or to a type that implements error.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflectlite.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflectlite.Pointer || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	// the descriptor of error, taken here so that programs without As carry no init code
	errorType := reflectlite.TypeOf((*error)(nil)).Elem()
	if targetType.Kind() != reflectlite.Interface && !targetType.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if reflectlite.TypeOf(err).AssignableTo(targetType) {
			val.Elem().Set(reflectlite.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
