// Interfaces: implicit satisfaction by value and pointer receivers, calls through the
// itab, embedded interfaces and interface-to-interface conversions, interfaces held in
// slices and struct fields (and a struct embedding one), any and error, comma-ok
// assertions, comparisons (with values, nil, other interfaces), println of nil ones.
package main

type Shape interface {
	Area() int
	Name() string
}

type Named interface{ Name() string }

type Solid interface {
	Shape
	Volume(depth int) int
}

type Rect struct{ W, H int }

func (r Rect) Area() int              { return r.W * r.H }
func (r Rect) Name() string           { return "rect" }
func (r Rect) Volume(depth int) int   { return r.Area() * depth }

type Square int

func (s Square) Area() int     { return int(s * s) }
func (s *Square) Name() string { return "square" }
func (s *Square) Grow()        { *s++ }

type Big struct {
	vals [6]int
	tag  string
}

func (b Big) Area() int {
	t := 0
	for _, v := range b.vals {
		t += v
	}
	return t
}
func (b Big) Name() string { return "big " + b.tag }

type Labeled struct {
	Shape
	label string
}

type Holder struct {
	s     Shape
	names []Named
}

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
		println(s.Name(), s.Area())
	}
	return t
}

func largest(shapes ...Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func check(n int) error {
	if n < 0 {
		return errNegative
	}
	return nil
}

type strErr string

func (e strErr) Error() string { return string(e) }

var errNegative error = strErr("negative")

func main() {
	sq := Square(3)
	shapes := []Shape{Rect{2, 3}, &sq, Big{[6]int{1, 2, 3, 4, 5, 6}, "b"}}
	println(total(shapes))
	sq.Grow()
	println(shapes[1].Area(), largest(shapes...).Name())

	var s Shape = Rect{4, 5}
	var n Named = s
	println(n.Name(), s.Area())
	var so Solid = Rect{1, 2}
	s = so
	println(so.Volume(10), s.Area())
	if v, ok := n.(Solid); ok {
		println("solid", v.Volume(2))
	}
	if _, ok := Named(&sq).(Solid); !ok {
		println("square is not solid")
	}

	l := Labeled{Rect{3, 3}, "L"}
	println(l.Area(), l.Name(), l.label)
	var ls Shape = l
	println(ls.Area())

	h := Holder{s: &sq, names: []Named{Rect{}, &sq, l}}
	for _, x := range h.names {
		print(x.Name(), " ")
	}
	println(h.s.Area())

	var a any = 42
	i, ok := a.(int)
	println(i, ok)
	str, ok2 := a.(string)
	println(str == "", ok2)
	println(a.(int) + 1)
	a = "hello"
	println(a.(string) + " world")

	var e any = s
	sh, ok3 := e.(Shape)
	println(sh.Name(), ok3)
	println(a == "hello", a == 42, s == Rect{1, 2}, e == s, e == any(Rect{1, 2}))
	var none Shape
	var nothing any
	println(none == nil, nothing == nil, s != nil, nothing == none)
	println(none, nothing)

	println(check(1) == nil, check(-1) == errNegative, check(-1).Error())
	err := check(-5)
	if err != nil {
		println("error:", err.Error())
	}
	var p1, p2 Shape = &sq, &sq
	sq2 := Square(4)
	var p3 Shape = &sq2
	println(p1 == p2, p1 == p3)
}
