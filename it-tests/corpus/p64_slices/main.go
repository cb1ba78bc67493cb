// Slices and arrays: literals, make, append with Go's growth (cap), copy, slicing with two and
// three indexes, arrays as values (copied on assignment and as arguments), range.
package main

var grid [3][4]int

// a package variable: Go gives a local slice that does not escape a stack buffer (cap 4 at the first append)
var grow []int

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	println(len(s), cap(s), sum(s))
	caps := 0
	last := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps++
			print(cap(grow), " ")
		}
	}
	println(caps)
	b := make([]byte, 0, 3)
	for i := 0; i < 10; i++ {
		b = append(b, byte('a'+i))
	}
	println(string(b), len(b), cap(b))
	ptrs := []*int{}
	for i := 0; i < 5; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	println(len(ptrs), cap(ptrs), *ptrs[3])
	a := [4]int{1, 2, 3, 4}
	d := double(a)
	println(a[0], a[3], d[0], d[3])
	c := a
	c[0] = 100
	println(a[0], c[0], a == [4]int{1, 2, 3, 4}, c != a)
	t := a[1:3]
	t[0] = 20
	println(a[1], len(t), cap(t))
	u := a[1:2:3]
	println(len(u), cap(u))
	u = append(u, 7)
	println(a[2], len(u), cap(u))
	u = append(u, 8)
	println(a[3], len(u), cap(u))
	dst := make([]int, 3)
	n := copy(dst, s[2:])
	println(n, dst[0], dst[1], dst[2])
	n = copy(s, s[1:])
	println(n, s[0], s[3], s[4])
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	println(grid[2][3], len(grid), len(grid[0]))
	k := [...]string{2: "c", 0: "a"}
	println(len(k), k[0], k[1] == "", k[2])
	var nilSlice []string
	println(nilSlice == nil, len(nilSlice), cap(nilSlice))
	nilSlice = append(nilSlice, "x")
	println(nilSlice == nil, nilSlice[0])
	m := [][]int{{1}, {2, 3}, {}}
	println(len(m), len(m[1]), m[1][1])
	for i, row := range m {
		println(i, len(row))
	}
	p := &a
	p[2] = 33
	println(a[2], len(p))
	for i, v := range p {
		if i == 2 {
			println(v)
		}
	}
}
