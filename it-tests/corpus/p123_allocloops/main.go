// Loops that allocate (issue 17): each makes hundreds of megabytes of garbage (strings,
// slices, maps, closures, interface values, goroutines that allocate) while little stays
// live, so the program needs a collector to run in the container's 128 MiB. What is printed
// are sums over what was live: the same under any collector, and Go's.
package main

import "runtime"

type point struct{ x, y int }

type stringer interface{ str() string }

func (p point) str() string { return string(rune('0'+p.x%10)) + string(rune('0'+p.y%10)) }

func strings() int {
	n := 0
	for i := 0; i < 200000; i++ {
		s := ""
		for j := 0; j < 8; j++ {
			s += string(rune('a' + (i+j)%26))
		}
		b := []byte(s)
		b[0] = 'Z'
		n += len(s) + int(b[0]) + len(string(b))
	}
	return n
}

func slices() int {
	n := 0
	for i := 0; i < 3000; i++ {
		var s []int
		for j := 0; j < 1000; j++ {
			s = append(s, i+j)
		}
		p := make([]*point, 100)
		for j := range p {
			p[j] = &point{j, i}
		}
		n += s[len(s)-1] + p[99].x + cap(s)
	}
	return n
}

func maps() int {
	n := 0
	m := map[int][]byte{}
	for i := 0; i < 300000; i++ {
		m[i%1000] = make([]byte, 64+i%100)
		if i%7 == 0 {
			delete(m, (i/7)%1000)
		}
		if i%50000 == 0 {
			m = map[int][]byte{} // the old map is garbage now
		}
	}
	for k, v := range m {
		n += k + len(v)
	}
	return n
}

func closures() int {
	n := 0
	for i := 0; i < 300000; i++ {
		k := i
		f := func(d int) int { return k + d }
		var st stringer = point{i, k}
		n += f(1) + len(st.str())
	}
	return n
}

func goroutines() int {
	res := make(chan int)
	for g := 0; g < 16; g++ {
		go func() {
			t := 0
			for i := 0; i < 20000; i++ {
				p := &point{i, g}
				s := make([]int, 20)
				s[19] = p.x
				t += s[19] % 3
			}
			res <- t
		}()
	}
	n := 0
	for g := 0; g < 16; g++ {
		n += <-res
	}
	return n
}

func main() {
	println("strings", strings())
	println("slices", slices())
	println("maps", maps())
	println("closures", closures())
	println("goroutines", goroutines())
	runtime.GC()
	println("done")
}
