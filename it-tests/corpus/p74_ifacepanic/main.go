package main

// Run-time panics of interfaces, as Go prints them: failed type assertions (Go's
// TypeAssertionError: "interface conversion: …"), comparing interfaces holding
// uncomparable values, and panic(v) of an error (its Error()), of values of named basic
// types (main.N(5), main.S("x"), main.F(1e+100)), of floats, of interface values holding
// predeclared types, and of a nil interface. PANIC picks the panic; without it nothing panics.

import "os"

type I interface{ M() }
type J interface {
	M()
	N()
}

type T struct{ a int }

func (T) M() {}

type P struct{}

func (*P) M() {}

type N int
type S string
type B bool
type F float64

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func pick() any {
	switch os.Getenv("PANIC") {
	case "int":
		return 7
	case "string":
		return "text"
	}
	return T{1}
}

func main() {
	var i I = T{2}
	var a any = pick()
	println("start")
	switch os.Getenv("PANIC") {
	case "assertE":
		println(a.(string))
	case "assertI":
		println(i.(*P) == nil)
	case "assertNil":
		var none any
		println(none.(int))
	case "assertIfaceNil":
		var none any
		_ = none.(I)
	case "assertMissing":
		var n any = N(1)
		_ = n.(I)
	case "assertIJ":
		_ = i.(J)
	case "uncomparable":
		var x, y any = []int{1}, []int{1}
		println(x == y)
	case "uncomparableStruct":
		type W struct{ f []int }
		var x, y any = W{}, W{}
		println(x == y)
	case "error":
		var err error = E{"broken"}
		panic(err)
	case "errorValue":
		panic(E{"value"})
	case "named":
		panic(N(5))
	case "namedString":
		panic(S("str"))
	case "namedBool":
		panic(B(true))
	case "float":
		panic(2.5)
	case "namedFloat":
		panic(F(1e100))
	case "ifaceFloat":
		var x any = -0.125
		panic(x)
	case "int", "string":
		panic(a)
	case "nil":
		var err error
		panic(err)
	case "typeSwitchNil":
		var x any
		switch x.(type) {
		case nil:
			panic("nil case")
		}
	}
	println("done", a == a)
}
