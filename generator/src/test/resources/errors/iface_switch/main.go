package main

type I interface{ M() }
type J interface {
	M()
	N()
}
type T int

func (t T) M() {}

type U struct{}

func (u U) M(x int) {}

func main() {
	var i I
	var j J
	i = j
	j = i
	_ = i == 3
	var a any = 1
	_ = a == i
	_ = a == 1
	switch i.(type) {
	case nil, T:
	case T:
	}
	switch y := i.(type) {
	case U:
		_ = y
	}
	switch v := a.(type) {
	case int, string:
	}
	b := a.(int) + 1
	c, ok := a.(string)
	println(b, c, ok, i, a)
	_ = I(3)
	_ = any(3)
	_ = error(nil)
}
