// Package errors, which rt0gen compiles from Go (New, Is, Unwrap, Join): distinct errors of
// equal text, wrapping chains that Is walks, an Is method, a target of a comparable and of an
// uncomparable dynamic type (Is compares only the first: no panic), nil on either side, and
// Join's text and tree. runtime.MemProfileRate, which Go's test programs set before they
// measure memory: its default, and what the program sets.
package main

import (
	"errors"
	"runtime"
)

type code struct{ n int }

func (c code) Error() string { return "code " + string(rune('0'+c.n)) }

// anyCode matches every code error (an Is method).
type anyCode struct{}

func (anyCode) Error() string { return "any code" }

func (anyCode) Is(target error) bool {
	_, ok := target.(code)
	return ok
}

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

// list is an error of an uncomparable type (a slice).
type list []string

func (l list) Error() string { return "list of " + string(rune('0'+len(l))) }

var errA = errors.New("a")

func main() {
	b := errors.New("a")
	println(errA.Error(), b.Error(), errA == b, errors.Is(errA, errA), errors.Is(b, errA))

	w := &wrap{"outer", errA}
	w2 := &wrap{"outer2", w}
	println(w2.Error(), errors.Is(w2, errA), errors.Is(w2, b), errors.Unwrap(w2) == w, errors.Unwrap(errA) == nil)
	println(errors.Is(code{1}, code{1}), errors.Is(code{1}, code{2}), errors.Is(&wrap{"x", code{3}}, code{3}))
	println(errors.Is(anyCode{}, code{7}), errors.Is(&wrap{"y", anyCode{}}, code{8}), errors.Is(anyCode{}, errA))
	println(errors.Is(list{"p"}, list{"p"}), errors.Is(&wrap{"z", errA}, list{"q", "r"}))
	println(errors.Is(nil, nil), errors.Is(nil, errA), errors.Is(errA, nil))

	j := errors.Join(nil, errA, nil, w)
	println(j.Error())
	println(errors.Is(j, errA), errors.Is(j, w), errors.Is(j, b), errors.Join(nil, nil) == nil, errors.Unwrap(j) == nil)
	println(errors.Join(b).Error(), errors.Is(&wrap{"j", errors.Join(code{4}, b)}, b))

	println(runtime.MemProfileRate)
	runtime.MemProfileRate = 0
	println(runtime.MemProfileRate)
}
