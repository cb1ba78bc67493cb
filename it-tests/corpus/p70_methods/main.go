// Methods: value and pointer receivers on named types (a struct, an int, a string,
// an array, a big struct), Go's automatic &x and *p, method expressions, methods
// calling methods, a nil pointer receiver, and method values and expressions as func
// values (the receiver evaluated and copied where the method value is made).
package main

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Dist2() int        { return p.X*p.X + p.Y*p.Y }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p *Point) Reset()           { *p = Point{} }
func (p Point) Show()             { println("(", p.X, ",", p.Y, ")") }

type Counter int

func (c *Counter) Inc() Counter { *c++; return *c }
func (c Counter) Twice() int   { return int(c) * 2 }

type Name string

func (n Name) Greet(greeting string) string { return greeting + ", " + string(n) + "!" }
func (n Name) Len() int                      { return len(n) }

type Grid [3][3]int

func (g *Grid) Set(i, j, v int) { g[i][j] = v }
func (g Grid) Sum() int {
	s := 0
	for i := range g {
		for _, v := range g[i] {
			s += v
		}
	}
	return s
}

type Big struct {
	a, b, c, d, e, f, g, h, i, j int
	name                         string
}

func (b Big) Total() int     { return b.a + b.b + b.c + b.d + b.e + b.f + b.g + b.h + b.i + b.j }
func (b *Big) Bump()         { b.a++; b.j += 10 }
func (b Big) Mutate() int    { b.a = 1000; return b.a } // a copy: the caller's is unchanged
func (b *Big) Named() string { return b.name }

type List struct {
	val  int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Push(v int) *List { return &List{v, l} }

var global Counter = 40

func apply(f func(int) int, x int) int { return f(x) }

func (c Counter) Add(d int) int { return int(c) + d }

func methodValues() {
	c := Counter(10)
	inc := c.Inc
	twice := c.Twice // a copy of c, now
	inc()
	inc()
	println(c, twice(), c.Twice(), apply(c.Add, 5))
	g := Counter.Twice
	a := Counter.Add
	i := (*Counter).Inc
	pt := (*Counter).Twice
	println(g(c), a(c, 100), i(&c), pt(&c))
	b := Big{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "big"}
	total := b.Total
	b.a = 100
	println(total(), b.Total())
	fs := []func() int{c.Twice, c.Twice, b.Total}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	greet := Name("gopher").Greet
	println(greet("hey"))
}

func main() {
	methodValues()
	p := Point{3, 4}
	println(p.Dist2(), p.Add(Point{1, 1}).Dist2())
	p.Scale(2)
	p.Show()
	pp := &p
	pp.Scale(3)
	println(pp.Dist2(), pp.X, p.Y)
	pp.Reset()
	p.Show()

	var c Counter
	c.Inc()
	c.Inc()
	println(c.Inc(), c.Twice())
	global.Inc()
	println(global, global.Twice())
	cp := &c
	println(cp.Twice(), (*cp).Twice())

	n := Name("gopher")
	println(n.Greet("hello"), n.Len(), Name("x").Greet("hi"))

	var g Grid
	g.Set(0, 0, 5)
	g.Set(2, 1, 7)
	println(g.Sum())

	b := Big{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "big"}
	println(b.Total(), b.Mutate(), b.a)
	b.Bump()
	println(b.Total(), b.Named())

	var l *List
	println(l.Len())
	l = l.Push(1).Push(2).Push(3)
	println(l.Len(), l.val, l.next.val)

	// method expressions
	println(Point.Dist2(Point{6, 8}), (*Counter).Inc(&c), Counter.Twice(5))
	ps := []Point{{1, 2}, {3, 4}}
	for i := range ps {
		ps[i].Scale(10)
	}
	println(ps[0].X, ps[1].Dist2())
	println(ps[1].Add(Point{2, 2}).X)
}
