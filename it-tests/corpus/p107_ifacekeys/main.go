// Maps with interface keys: keys of every kind of dynamic type (ints of two types, a string,
// a struct, a float, nil, a pointer) hashed and compared by their dynamic type, a non-empty
// interface key (value and pointer receivers), error keys, and the run-time error of a key of
// an unhashable type (a func, then a slice: Go's "hash of unhashable type").
package main

type P struct {
	x, y int
	s    string
}

type I interface{ M() int }

type T int

func (t T) M() int { return int(t) }

type S struct{ n float64 }

func (s *S) M() int { return int(s.n) }

func main() {
	m := map[interface{}]int{}
	m[1] = 10
	m["one"] = 11
	m[P{1, 2, "p"}] = 12
	m[2.5] = 13
	m[int8(1)] = 14
	m[nil] = 15
	m[true] = 16
	var p *int
	m[p] = 17
	println(len(m), m[1], m["one"], m[P{1, 2, "p"}], m[2.5], m[int8(1)], m[nil], m[true], m[p])
	m[1]++
	m[P{1, 2, "p"}] += 100
	_, ok := m[P{1, 2, "q"}]
	println(m[1], m[P{1, 2, "p"}], ok, m[int16(1)])
	delete(m, "one")
	println(len(m))
	sum := 0
	for k, v := range m {
		if _, isInt := k.(int); isInt {
			sum += v
		}
	}
	println(sum)
	n := map[I]string{}
	s := &S{3}
	n[T(4)] = "four"
	n[s] = "s"
	n[T(4)] += "!"
	println(len(n), n[T(4)], n[s], n[&S{3}] == "")
	e := map[error]int{}
	e[nil] = 1
	println(e[nil], len(e))
	defer func() {
		println("recovered:", recover().(error).Error())
		m[[]int{1}] = 1
	}()
	m[func() {}] = 2
}
