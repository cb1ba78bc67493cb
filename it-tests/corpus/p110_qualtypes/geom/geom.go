// Package geom declares the types main names qualified: a struct with methods on both
// receivers, a named slice and int, an interface.
package geom

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p Point) String() string { return "(" + itoa(p.X) + "," + itoa(p.Y) + ")" }

type Path []Point

func (ps Path) Len() int { return len(ps) }

type Unit int

const Meter Unit = 100

type Stringer interface {
	String() string
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
