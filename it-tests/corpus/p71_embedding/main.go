// Embedding: fields and methods promoted through embedded structs and embedded
// pointers, several levels deep; an outer method or field hides a deeper one; pointer
// methods of an embedded value called on an addressable outer value.
package main

type Base struct {
	ID   int
	name string
}

func (b Base) Describe() string { return "base " + b.name }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Ident() int       { return b.ID * 100 }

type Logger struct{ lines int }

func (l *Logger) Log(s string) { l.lines++; println("log:", s) }
func (l Logger) Count() int    { return l.lines }

type Service struct {
	Base
	*Logger
	port int
}

func (s Service) Describe() string { return "service " + s.name + " / " + s.Base.Describe() }

type Cluster struct {
	Service
	size int
}

type Wrapper struct {
	*Cluster
}

type Inner struct{ v int }

func (i Inner) Get() int   { return i.v }
func (i *Inner) Set(v int) { i.v = v }

type Mid struct{ Inner }
type Outer struct {
	Mid
	extra int
}

func main() {
	s := Service{Base{7, "db"}, &Logger{}, 5432}
	println(s.Describe())
	println(s.ID, s.Ident(), s.Base.Ident())
	s.Rename("pg")
	println(s.Describe(), s.name)
	s.Log("started")
	s.Log("ready")
	println(s.Count(), s.lines, s.Logger.Count())

	c := Cluster{s, 3}
	println(c.Describe(), c.ID, c.size, c.port)
	c.Rename("cluster-db")
	c.Log("via cluster")
	println(c.name, s.name, c.Count(), s.Count())

	w := Wrapper{&c}
	w.Rename("wrapped")
	w.Log("via wrapper")
	println(w.Describe(), c.name, w.Ident(), w.Count())

	var o Outer
	o.Set(42)
	println(o.Get(), o.Mid.Get(), o.Inner.v, o.Mid.Inner.Get())
	po := &o
	po.Set(7)
	println(po.Get(), o.v)
	os := []Outer{{}, {}}
	os[1].Set(9)
	println(os[1].Get(), os[0].Get())
}
