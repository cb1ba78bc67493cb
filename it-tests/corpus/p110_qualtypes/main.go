// Qualified type names: pkg.T in variable declarations, slices, maps, pointers, composite
// literals, conversions, method calls and method values, embedded fields, interfaces and type
// switches, across two of the module's packages.
package main

import (
	"example.com/qualtypes/geom"
	"example.com/qualtypes/shape"
)

type named struct {
	at   geom.Point
	name string
}

func sum(ps ...geom.Point) geom.Point {
	var s geom.Point
	for _, p := range ps {
		s = s.Add(p)
	}
	return s
}

func describe(v any) string {
	switch x := v.(type) {
	case geom.Point:
		return "point " + x.String()
	case *geom.Point:
		return "pointer to " + x.String()
	case geom.Unit:
		if x == geom.Meter {
			return "a meter"
		}
		return "units"
	case geom.Stringer:
		return "stringer " + x.String()
	}
	return "other"
}

func main() {
	var p geom.Point
	p.X = 3
	q := geom.Point{X: 1, Y: 2}
	r := p.Add(q)
	println(r.X, r.Y, r.String())
	pp := &geom.Point{4, 5}
	pp.Scale(2)
	println(pp.String())
	path := geom.Path{p, q, {7, 8}}
	path = append(path, geom.Point{Y: 9})
	println(path.Len(), len(path), path[2].String())
	ps := []geom.Point{q, q}
	println(sum(ps...).String(), sum(p, q, r).String())
	m := map[string]*geom.Point{"a": pp}
	m["a"].Scale(3)
	println(m["a"].X, pp.Y)
	u := geom.Unit(250)
	println(int(u), u > geom.Meter, int(geom.Meter))
	var s geom.Stringer = q
	println(s.String())
	f := q.Add
	println(f(geom.Point{1, 1}).String())
	g := geom.Point.Add
	println(g(q, q).String())
	c := shape.Circle{Point: geom.Point{1, 1}, R: 2}
	c.Grow(geom.Unit(3))
	c.Scale(10)
	println(c.X, c.Y, int(c.R), c.String(), c.Point.Add(shape.Origin()).String())
	n := named{at: q, name: "q"}
	println(n.name, n.at.String())
	var arr [2]geom.Point
	arr[1] = q
	println(arr[1] == q, arr[0] == geom.Point{}, describe(q), describe(pp), describe(geom.Meter), describe(u), describe(&c), describe(1))
	ch := make(chan geom.Point, 1)
	ch <- q
	println((<-ch).String())
	defer func() {
		println("recovered:", recover().(geom.Point).String())
	}()
	panic(geom.Point{6, 7})
}
