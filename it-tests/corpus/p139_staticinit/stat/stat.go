// Package stat has only variables gc initializes statically, so it has no init task: no
// line in GODEBUG=inittrace=1, in Go's binary and in rt0gen's.
package stat

import "errors"

type Point struct {
	X, Y int
	Name string
}

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (p *Point) Area() int { return 0 }

// NewPoint is inlined by gc: its one return, the arguments standing for the parameters.
func NewPoint(x, y int, name string) *Point { return &Point{X: x, Y: y, Name: name} }

func pair(n int) [2]int { return [2]int{n, n} }

var (
	ErrFirst        = errors.New("first")
	ErrSecond       = errors.New("second")
	Origin          = &Point{Name: "origin"}
	Corner          = NewPoint(3, 4, "corner")
	Box       Shape = Rect{2, 5}
	PtrShape  Shape = &Point{X: 1}
	Any       any   = 42
	Str       any   = "forty-two"
	Points          = []*Point{{X: 1}, {X: 2, Name: "two"}}
	Twice           = pair(21)
	Grid            = &[2][2]int{{1, 2}, {3, 4}}
)
