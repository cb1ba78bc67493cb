// Objects of different types in one size class: rt0gen marks a span that has held only one
// type (whose size is the class's) and then writes no pointer bits for that type's objects
// in it; the first object of another type written into the span ends that. Here spans of
// the 16-byte class are filled with one layout (B: the pointer first), most objects are
// dropped, and objects of another layout (C: the pointer second) and of arrays are
// allocated into the freed slots, then objects of the first layout again into the slots
// the dropped ones of the second had; the 48-byte class (six words: its bits written object
// by object) gets the same. Every kept object's pointer must keep its target alive through the
// collections that follow, while garbage of the targets' size reuses what is freed: a
// pointer the collector missed shows as a target whose contents changed.
package main

import "runtime"

type target [3]int // 24 bytes, no pointers: what the kept objects point to

type A struct{ l, r *A }       // 16 bytes, both words pointers
type B struct {                 // 16 bytes, the pointer first
	p *target
	n int
}
type C struct { // 16 bytes, the pointer second
	n int
	p *target
}
type D struct { // 48 bytes, pointers first and last
	p    *target
	a, b int
	c, d int
	q    *target
}
type E struct { // 48 bytes, a pointer second
	a int
	p *target
	b, c, d, e int
}

func newTarget(i int) *target {
	t := new(target)
	t[0], t[1], t[2] = i, i*7, i^0x5a5a
	return t
}

func ok(t *target, i int) bool {
	return t[0] == i && t[1] == i*7 && t[2] == i^0x5a5a
}

var (
	keptB []*B
	keptC []*C
	keptD []*D
	keptE []*E
	keptP [][]*target
	sink  *target
)

// garbage allocates targets that are dropped at once (they reuse what collections free).
func garbage(n int) {
	for i := 0; i < n; i++ {
		t := new(target)
		t[0], t[1], t[2] = -1, -1, -1
		sink = t
	}
}

func main() {
	const n = 20000
	// the 16-byte class: a tree of A's (both words pointers) first, then B's, most dropped
	var root *A
	for i := 0; i < n; i++ {
		root = &A{root, nil}
	}
	depth := 0
	for a := root; a != nil; a = a.l {
		depth++
	}
	for i := 0; i < n; i++ {
		b := &B{newTarget(i), i}
		if i%10 == 0 {
			keptB = append(keptB, b)
		}
	}
	root = nil
	runtime.GC()
	// C's (the pointer second) and one-element arrays of pointers in the freed slots
	for i := 0; i < n; i++ {
		c := &C{i, newTarget(i)}
		if i%3 == 0 {
			keptC = append(keptC, c)
		}
		if i%7 == 0 {
			ps := make([]*target, 2)
			ps[1] = newTarget(i)
			keptP = append(keptP, ps)
		}
	}
	runtime.GC()
	// more B's after the C's: into the slots the dropped C's had, in spans that now hold
	// both layouts
	for i := n; i < 2*n; i++ {
		b := &B{newTarget(i), i}
		if i%10 == 0 {
			keptB = append(keptB, b)
		}
	}
	// the 48-byte class: D's, most dropped, then E's in the freed slots
	for i := 0; i < n; i++ {
		d := &D{p: newTarget(i), a: i, q: newTarget(i + 1)}
		if i%10 == 0 {
			keptD = append(keptD, d)
		}
	}
	runtime.GC()
	for i := 0; i < n; i++ {
		e := &E{a: i, p: newTarget(i)}
		if i%3 == 0 {
			keptE = append(keptE, e)
		}
	}
	runtime.GC()
	// D's again, into the slots the dropped E's had
	for i := n; i < 2*n; i++ {
		d := &D{p: newTarget(i), a: i, q: newTarget(i + 1)}
		if i%10 == 0 {
			keptD = append(keptD, d)
		}
	}
	bad := 0
	for round := 0; round < 5; round++ {
		runtime.GC()
		garbage(4 * n)
		for _, b := range keptB {
			if !ok(b.p, b.n) {
				bad++
			}
		}
		for _, c := range keptC {
			if !ok(c.p, c.n) {
				bad++
			}
		}
		for _, d := range keptD {
			if !ok(d.p, d.a) || !ok(d.q, d.a+1) {
				bad++
			}
		}
		for _, e := range keptE {
			if !ok(e.p, e.a) {
				bad++
			}
		}
		for i, ps := range keptP {
			if ps[0] != nil || !ok(ps[1], i*7) {
				bad++
			}
		}
	}
	println("tree depth:", depth)
	println("kept:", len(keptB), len(keptC), len(keptD), len(keptE), len(keptP))
	println("bad:", bad)
}
