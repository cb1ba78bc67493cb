// Packages container/heap, container/ring and sort, which rt0gen compiles from Go. The heap's
// Interface prints every call it gets: heap's algorithms must make Go's calls, in Go's order.
// Ring: New, Link, Unlink, Move, Len, Do, and the zero Ring. Sort: Ints, Strings, the
// binary searches (Search, Find, SearchInts, SearchStrings), IsSorted, Reverse, IntSlice and
// StringSlice.
package main

import (
	"container/heap"
	"container/ring"
	"sort"
)

// loud is a min-heap of ints that prints its calls.
type loud []int

func (h loud) Len() int { return len(h) }

func (h loud) Less(i, j int) bool {
	println("  less", i, j)
	return h[i] < h[j]
}

func (h loud) Swap(i, j int) {
	println("  swap", i, j)
	h[i], h[j] = h[j], h[i]
}

func (h *loud) Push(x any) {
	println("  push", x.(int))
	*h = append(*h, x.(int))
}

func (h *loud) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	println("  pop", x)
	return x
}

func show(label string, h loud) {
	print(label, ":")
	for _, v := range h {
		print(" ", v)
	}
	println()
}

// init gives main an init task, which runs after the standard packages' (iter's, through sort
// and slices): InitTraceTest.
func init() {
	println("containers")
}

func main() {
	h := &loud{9, 4, 7, 1, 8, 2}
	println("init")
	heap.Init(h)
	show("heap", *h)
	println("push 3")
	heap.Push(h, 3)
	show("heap", *h)
	println("fix 0 -> 10")
	(*h)[0] = 10
	heap.Fix(h, 0)
	show("heap", *h)
	println("remove 2")
	println("removed", heap.Remove(h, 2).(int))
	show("heap", *h)
	for h.Len() > 0 {
		println("pop")
		println("popped", heap.Pop(h).(int))
	}

	r := ring.New(5)
	for i, p := 0, r; i < r.Len(); i, p = i+1, p.Next() {
		p.Value = i * i
	}
	r.Do(func(v any) { print(v.(int), " ") })
	println("len", r.Len())
	removed := r.Unlink(2)
	r.Do(func(v any) { print(v.(int), " ") })
	println("removed", removed.Len(), removed.Value.(int), r.Move(-1).Value.(int), r.Move(7).Value.(int))
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	r.Do(func(v any) {
		switch v := v.(type) {
		case int:
			print(v, " ")
		case string:
			print(v, " ")
		}
	})
	println("len", r.Len())
	var z ring.Ring
	println(z.Len(), z.Next() == &z, z.Prev() == &z, ring.New(0) == nil)

	a := []int{5, 2, 8, 2, 9, 1, 5, 5, -3, 0}
	println(sort.IntsAreSorted(a))
	sort.Ints(a)
	for _, v := range a {
		print(v, " ")
	}
	println(sort.IntsAreSorted(a), sort.SearchInts(a, 5), sort.SearchInts(a, 6), sort.SearchInts(a, 100))
	ss := []string{"pear", "apple", "fig", "", "banana", "apple"}
	sort.Strings(ss)
	for _, v := range ss {
		print("[", v, "] ")
	}
	println(sort.StringsAreSorted(ss), sort.SearchStrings(ss, "apple"), sort.SearchStrings(ss, "cherry"))
	calls := 0
	i := sort.Search(100, func(i int) bool { calls++; return i*i >= 50 })
	println("search", i, calls)
	k, found := sort.Find(len(a), func(i int) int { return 8 - a[i] })
	println("find", k, found)
	k, found = sort.Find(len(a), func(i int) int { return 3 - a[i] })
	println("find", k, found)
	println(sort.IsSorted(sort.IntSlice(a)), sort.IsSorted(sort.Reverse(sort.IntSlice(a))))
	rev := sort.IntSlice{1, 3, 2}
	rev.Sort()
	println(rev[0], rev[1], rev[2], rev.Search(3), sort.IsSorted(sort.Reverse(sort.IntSlice{3, 2, 2, 1})))
	st := sort.StringSlice{"b", "c", "a"}
	st.Sort()
	println(st[0], st[1], st[2], st.Search("c"), st.Len(), st.Less(0, 1))
}
