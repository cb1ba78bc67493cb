// Package variables gc initializes statically (stat: errors.New, &T{...}, values made
// interface values, inlined calls) and with code (dyn): the values, and which packages
// GODEBUG=inittrace=1 lists, are Go's.
package main

import (
	"errors"

	"example.com/p139_staticinit/dyn"
	"example.com/p139_staticinit/stat"
)

var local = stat.NewPoint(7, 8, "local")

func main() {
	println(stat.ErrFirst.Error(), stat.ErrSecond.Error(), stat.ErrFirst == stat.ErrSecond)
	println(errors.Is(stat.ErrFirst, stat.ErrFirst), errors.Is(stat.ErrFirst, errors.New("first")))
	println(errors.ErrUnsupported.Error(), errors.Is(errors.ErrUnsupported, errors.ErrUnsupported), errors.ErrUnsupported == stat.ErrFirst)
	println(stat.Origin.Name, stat.Origin.X, stat.Corner.X, stat.Corner.Y, stat.Corner.Name)
	println(stat.Box.Area(), stat.PtrShape.Area(), stat.Any.(int), stat.Str.(string))
	r, ok := stat.Box.(stat.Rect)
	println(r.W, r.H, ok)
	println(len(stat.Points), stat.Points[0].X, stat.Points[1].X, stat.Points[1].Name)
	println(len(dyn.Errs), dyn.Errs[0] == stat.ErrSecond, stat.Twice[0], stat.Twice[1], stat.Grid[1][0])
	println(dyn.Count, dyn.Named.Name, dyn.Both[0] == dyn.Both[1], dyn.Both[1].X, dyn.Err == stat.ErrFirst)
	println(local.X, local.Y, local.Name)

	// the static objects are ordinary memory: written, and read back
	stat.Origin.X = 100
	stat.Points[0].X += 10
	stat.Grid[0][1] = 20
	local.Name = "moved"
	println(stat.Origin.X, stat.Points[0].X, stat.Grid[0][1], local.Name)
	p := stat.NewPoint(1, 1, "heap")
	println(p != stat.Corner, p.Name)
}
