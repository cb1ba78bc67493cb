// Package errors is Go's errors for rt0gen: New, Is, Unwrap, Join and ErrUnsupported, with
// Go's algorithms (errors.go, wrap.go, join.go). Not here: As, which assigns through a pointer
// to a type that only reflection can name (Go's internal/reflectlite).
package errors

// New returns an error whose Error method returns text. Each call returns a distinct
// value, even for equal texts: the error is a pointer.
func New(text string) error {
	return &errorString{text}
}

// errorString is Go's: the error New makes.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported is Go's: an operation cannot be performed because it is unsupported. Static
// data, as in Go (New inlined, gc's staticinit; here initorder.StaticInit): errors has no init
// work of its own.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns what err's Unwrap method returns, if err has one returning error;
// otherwise nil (also for an Unwrap that returns []error: Join's).
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: the tree is err and what its
// Unwrap method returns, depth first (an Unwrap() []error gives several children). An error
// matches if it equals target (when target's dynamic type is comparable: Go asks
// internal/reflectlite, here the runtime's type descriptor) or its Is(error) bool method
// says so.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface {
			Is(error) bool
		}); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// isComparable reports whether e's dynamic type is comparable (the runtime's
// errors_comparable, by its type descriptor).
func isComparable(e error) bool

// Join returns an error that wraps the given errors, nil ones left out; nil if there are
// none. Its Error is the errors' texts, one a line.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

// joinError is Go's: the error Join makes.
type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	// Go: a single error's text as is, else the texts joined by newlines.
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		b += "\n" + err.Error()
	}
	return b
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
