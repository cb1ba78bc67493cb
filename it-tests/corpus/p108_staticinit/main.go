// Package variables whose initial values are literals of constants are data in the
// executable, as gc's staticinit makes them (no code runs for them, and a package with
// nothing else to initialize has no init task): arrays, structs, slices (their elements in
// a static array of their own, which the program may write), keyed elements, nested
// literals, narrow integers and floats packed as Go lays them out, nil and empty slices.
package main

type pt struct {
	x, y int8
	name string
	f    float32
	next *pt
}

var tab = [...]pt{{1, 2, "a", 1.5, nil}, {x: 3, name: "bc"}}
var sl = []string{"x", "yy", 3: "zzz"}
var empty = []int{}
var none []int = nil
var nums = []uint16{1, 2, 65535}
var nested = [2][3]byte{{1, 2, 3}, {4, 5, 6}}
var grid = [][]int{{1}, {2, 3}, nil, {}}
var bs = []bool{true, false, true}
var cx = []complex64{1 + 2i}
var ifs = []interface{}{1, "a"}
var shared = []int{10, 20}
var alias = shared

func main() {
	println(tab[0].x, tab[0].y, tab[0].name, tab[0].f, tab[0].next == nil, tab[1].x, tab[1].name, len(tab))
	println(len(sl), cap(sl), sl[0], sl[1], sl[2] == "", sl[3])
	println(empty == nil, len(empty), none == nil, nums[2], nested[1][2], bs[2], real(cx[0]), imag(cx[0]))
	println(len(grid), grid[1][1], grid[2] == nil, grid[3] == nil, len(grid[3]))
	sl[0] = "w"
	nums = append(nums, 7)
	grid[0][0] = 9
	alias[1] = 21
	println(sl[0], len(nums), nums[3], grid[0][0], shared[1], ifs[0].(int), ifs[1].(string))
}
