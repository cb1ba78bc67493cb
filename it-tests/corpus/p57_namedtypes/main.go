package main

// Type declarations over the basic types: package-level and local, chains (type T U),
// conversions between them, untyped constants of named types, named types in printing.

type Celsius int
type Fahrenheit int
type Small int8
type Alias Small
type Name string
type Flag bool
type Code uint16

const Boiling Celsius = 100
const Freezing = Celsius(0)

var home Name = "rt0"

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func warm(c Celsius) Celsius { return c + 10 }
func clamp(s Small) Small {
	if s < 0 {
		return 0
	}
	return s
}
func hot(c Celsius) Flag { return c > 30 }

func main() {
	var c Celsius = 37
	println(warm(c), Boiling, Freezing, c < Boiling, toF(Boiling), toF(-40))
	var s Small = 100
	s += 100
	var a Alias = Alias(s) * 3
	println(s, a, clamp(s), clamp(Small(a)))
	var n Name = home
	n += "gen"
	println(n, len(n), string(n) == "rt0gen", n < "z")
	f := hot(c)
	println(f, !f, f == true, hot(Freezing) || f)
	if f && !hot(Freezing) {
		println("a Flag as a condition")
	}
	var code Code = 65535
	code++
	println(code, Code(70000&0xffff), int(code-1))
	type Local uint16
	type Chain Local
	var l Local = 65535
	l++
	var ch Chain = Chain(l) - 1
	println(l, ch)
	switch x := Celsius(int(s) * 2); {
	case x < Freezing:
		println("freezing", x)
	default:
		println("fine", x)
	}
	switch n {
	case "rt0gen":
		println("named string switch")
	}
}
