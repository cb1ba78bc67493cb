// Stack growth: goroutines start on small stacks that grow by copying as they recurse.
// Deep recursion in main and in goroutines, big frames, a deferred call and a recovered
// panic far down a grown stack, a goroutine started with many argument words, closures and
// method values across growths: the results must not depend on where the stacks moved.
package main

type acc struct{ sum int }

func (a *acc) add(n int) { a.sum += n }

// sum recurses n deep with a small frame.
func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

// big recurses with a frame of 64 words.
func big(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	if n == 0 {
		return a[63]
	}
	return big(n-1) + a[n%64] - n
}

// deepPanic panics n frames down; the function that deferred the recover returns normally.
func deepPanic(n int) (r int) {
	defer func() {
		if v := recover(); v != nil {
			r = v.(int) + sum(1000) // recurse again on the recovered stack
		}
	}()
	down(n)
	return -1
}

func down(n int) {
	if n == 0 {
		panic(n + 7)
	}
	down(n - 1)
}

// many has more argument words than fit in registers: some go on the new goroutine's stack.
func many(a, b, c, d, e, f, g, h, i, j, k, l int, s string, out chan string) {
	total := a + b + c + d + e + f + g + h + i + j + k + l + sum(20000)
	out <- s + ":" + itoa(total)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func worker(id, depth int, out chan string) {
	a := &acc{}
	add := a.add // a method value made before the stack grows, called after
	f := func(k int) int { return sum(k) + id }
	for i := 0; i < 3; i++ {
		add(f(depth * (i + 1)))
	}
	out <- "worker " + itoa(id) + ": " + itoa(a.sum) + " " + itoa(deepPanic(depth))
}

func main() {
	println("sum:", sum(1000000))
	println("big:", big(20000))
	println("deepPanic:", deepPanic(100000))
	out := make(chan string)
	for id := 1; id <= 8; id++ {
		go worker(id, id*5000, out)
	}
	res := make([]string, 9)
	for i := 0; i < 8; i++ {
		s := <-out
		res[s[7]-'0'] = s
	}
	for _, s := range res[1:] {
		println(s)
	}
	go many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "many", out)
	println(<-out)

}
