// The collector under load (issue 17): goroutines on several Ms build and drop linked lists,
// trees, strings, maps, closures and interface values, about 1.5 GB of allocations in all
// with a few MB live at a time, and each checks what it built before dropping it. The sums
// depend on no interleaving, so every GOMAXPROCS prints Go's. Without a collector the program
// needs more memory than the container's limit (128 MiB); a collector that frees a live
// object shows as a wrong checksum, or a crash.
package main

import "sync"

type node struct {
	next *node
	val  int
	name string
}

type tree struct {
	left, right *tree
	id          int
}

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ s int }

func (r rect) area() int    { return r.w * r.h }
func (s *square) area() int { return s.s * s.s }

func list(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i ^ seed, name: string(rune('a' + i%26))}
	}
	return head
}

func sumList(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val + len(l.name)
	}
	return s
}

func build(d, id int) *tree {
	if d == 0 {
		return &tree{id: id}
	}
	return &tree{build(d-1, 2*id), build(d-1, 2*id+1), id}
}

func (t *tree) sum() int {
	if t.left == nil {
		return t.id
	}
	return t.id + t.left.sum() + t.right.sum()
}

func worker(w int, rounds int) int {
	total := 0
	keep := list(100, w) // lives through every round
	for r := 0; r < rounds; r++ {
		l := list(500, r)
		t := build(10, r)
		m := map[int]string{}
		for i := 0; i < 200; i++ {
			m[i] = string(rune('A'+i%26)) + string(rune('a'+r%26))
		}
		fs := make([]func() int, 0, 4)
		for i := 0; i < 50; i++ {
			k := i
			fs = append(fs, func() int { return k * r })
		}
		var shapes []shape
		for i := 0; i < 100; i++ {
			if i%2 == 0 {
				shapes = append(shapes, rect{i, r})
			} else {
				shapes = append(shapes, &square{i})
			}
		}
		s := ""
		for i := 0; i < 40; i++ {
			s += "xy"
		}
		total += sumList(l) + t.sum() + len(m) + len(s)
		for _, v := range m {
			total += len(v)
		}
		for _, f := range fs {
			total += f()
		}
		for _, sh := range shapes {
			total += sh.area()
		}
		total %= 1000000007
	}
	return total + sumList(keep)
}

func main() {
	const workers = 8
	results := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = worker(w, 300)
		}()
	}
	wg.Wait()
	sum := 0
	for w, r := range results {
		println("worker", w, r)
		sum = (sum + r) % 1000000007
	}
	println("checksum", sum)
}
