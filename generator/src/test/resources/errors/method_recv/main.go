package main

type T struct{ m int }

func (t T) m() {}
func (t *T) m() {}
func (x int) f() {}

type P *int

func (p P) g() {}
func (t **T) k() {}

type E struct {
	T
	name string
}

func (e E) T()    {}
func (e *E) name() {}
func (e E) ok()   {}
func (e E) ok()   {}

func main() {}
