package main

type T int

func (t T) a() int { return int(t) }
func (t *T) b()    {}

type S struct{ T }

func f() (s S) { return }

func main() {
	T(1).b()
	var t T
	t.c()
	t.A()
	_ = t.a.x
	var s S
	s.b()
	_ = s.a() + s.T.a()
	f().b()
	_ = T.b
	_ = t.a(1)
}
