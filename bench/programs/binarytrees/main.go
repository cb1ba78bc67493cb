// binary-trees (the Computer Language Benchmarks Game's, single goroutine): a long-lived tree
// of depth DEPTH (18; smaller for the tests' runs), and at each depth from 4 to DEPTH,
// 2^(DEPTH-d+4) trees built, checked and dropped. It measures the allocator and the
// collector (issue 17).
package main

import "os"

type node struct{ left, right *node }

func bottomUp(d int) *node {
	if d <= 0 {
		return &node{}
	}
	return &node{bottomUp(d - 1), bottomUp(d - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	n := 18
	if s := os.Getenv("DEPTH"); s != "" {
		n = 0
		for _, c := range s {
			n = n*10 + int(c-'0')
		}
	}
	println("stretch tree of depth", n+1, "check:", bottomUp(n+1).check())
	long := bottomUp(n)
	for d := 4; d <= n; d += 2 {
		iters := 1 << (n - d + 4)
		c := 0
		for i := 0; i < iters; i++ {
			c += bottomUp(d).check()
		}
		println(iters, "trees of depth", d, "check:", c)
	}
	println("long lived tree of depth", n, "check:", long.check())
}
