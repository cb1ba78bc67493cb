// Package shape embeds geom.Point and names geom's types in its own declarations.
package shape

import "example.com/qualtypes/geom"

type Circle struct {
	geom.Point
	R geom.Unit
}

func (c *Circle) Grow(d geom.Unit) { c.R += d }

func Origin() geom.Point { return geom.Point{} }
