// float32, complex64 and complex128 in memory: package variables (static and initialized at
// run time), struct fields beside narrow ones, arrays, slices, pointers, equality in memory.
package main

var g32 float32 = 1.1
var gneg float32 = -0.0
var gc64 complex64 = 1.5 - 2.25i
var gc128 = 3 + 4i
var gdyn = g32 * 3
var gdync = complex(g32, g32) * gc64

type Sample struct {
	tag  int8
	v    float32
	ok   bool
	c    complex64
	w    float64
	big  complex128
	last uint16
}

type Pair struct {
	a, b float32
}

var table = [4]float32{0.1, 0.2, 0.3, 0.4}

func scale(s *Sample, k float32) {
	s.v *= k
	s.c *= complex(k, 0)
	s.big /= complex(float64(k), 1)
}

func total(xs []float32) (t float32) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	println(g32, gneg, gc64, gc128, gdyn, gdync)
	g32 += 0.2
	gc64 *= gc64
	println(g32, gc64)

	s := Sample{tag: -3, v: 2.5, ok: true, c: 1 + 1i, w: 0.1, big: 2 - 2i, last: 65535}
	scale(&s, 1.1)
	println(s.tag, s.v, s.ok, s.c, s.w, s.big, s.last)
	t := s
	println(t == s, t != s)
	t.c += 1e-7
	println(t == s, t.c, s.c)

	var arr [5]complex64
	for i := range arr {
		arr[i] = complex(float32(i)/3, -float32(i)/7)
	}
	println(arr[1], arr[4], len(arr))
	xs := table[:]
	xs = append(xs, 1e-8, 16777216)
	println(total(xs), total(table[:]), total(xs[4:]), len(xs))
	ys := make([]complex128, 3, 10)
	ys[1] = 1i
	ys = append(ys, 2+2i, ys[1]*ys[1])
	for i, y := range ys {
		println(i, y)
	}
	p := new(float32)
	*p = 1 << 24
	*p += 1
	q := &table[2]
	*q /= 3
	println(*p, table[2], table[3])
	ps := []Pair{{1, 2}, {0.5, 0.25}}
	ps[0].a, ps[1].b = ps[1].b, ps[0].a
	println(ps[0].a, ps[0].b, ps[1].a, ps[1].b, ps[0] == Pair{0.25, 2})
	var nan float32
	nan /= nan
	u, v := [2]float32{nan, 1}, [2]float32{nan, 1}
	println(u == v, u != v, [2]float32{0, 1} == [2]float32{-0.0, 1})
	cs := [...]complex128{complex(0, float64(nan)), 1}
	println(cs == cs, cs[0])
}
