package main

type I interface{ M() }
type J interface {
	I
	N(int) string
}
type T int

func (t T) M()  {}
func (t *T) P() {}

type U struct{}

func (u U) M(x int) {}

type V struct{}

func (v *V) M() {}

func main() {
	var t T
	var i I = t
	var j J = t
	var k I = U{}
	var l I = V{}
	var e error = t
	x := 5
	_ = x.(int)
	_ = i.(U)
	_ = i.(string)
	_, _, _, _, _ = j, k, l, e, x
}
