// Structs and pointers: fields, nested and embedded structs (promoted fields), pointers to
// structs and their fields, new, struct comparison, structs in slices and arrays, a linked list.
package main

type Point struct {
	X, Y int
}

type Named struct {
	Point
	Name  string
	Flags [2]bool
	small int8
}

type Node struct {
	val  int
	next *Node
}

func push(head *Node, v int) *Node {
	return &Node{val: v, next: head}
}

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func swap(p Point) Point {
	p.X, p.Y = p.Y, p.X
	return p
}

func main() {
	p := Point{1, 2}
	scale(&p, 3)
	println(p.X, p.Y)
	q := swap(p)
	println(p.X, p.Y, q.X, q.Y, p == q, swap(q) == p)
	n := Named{Point: Point{5, 6}, Name: "n"}
	n.X++
	n.Flags[1] = true
	n.small = -128
	n.small--
	println(n.X, n.Point.Y, n.Name, n.Flags[0], n.Flags[1], n.small)
	pn := &n
	pn.Y = 60
	pn.Point.X = 50
	println(n.X, n.Y, pn.Name)
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i)
	}
	total := 0
	for e := head; e != nil; e = e.next {
		total = total*10 + e.val
	}
	println(total)
	ip := new(int)
	*ip = 7
	jp := ip
	*jp += 1
	println(*ip, ip == jp, ip != nil)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	for i := range pts {
		pts[i].Y += pts[i].X
	}
	println(pts[2].Y, len(pts))
	var arr [3]Named
	arr[1].Name = "middle"
	arr[1].Point = Point{7, 8}
	println(arr[1].Name, arr[1].X, arr[0].Name == "", arr[2].Flags[1])
	pp := &pts[1]
	pp.X = 20
	println(pts[1].X)
	x := 10
	px := &x
	ppx := &px
	**ppx = 11
	println(x)
	// elided &Point{…} elements, and len of a nil pointer to an array (not dereferenced)
	pts2 := []*Point{{1, 2}, {3, 4}}
	println(pts2[1].Y, len(pts2))
	var np *[4]int
	println(len(np), cap(np), len(nilArray()))
}

func nilArray() *[6]int {
	return nil
}
