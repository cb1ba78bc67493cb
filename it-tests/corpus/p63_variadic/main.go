package main

// Variadic functions: f(1, 2, 3), f(), f(s...), a fixed parameter before the ...T one,
// variadic func values and literals, strings as the element type.

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func join(sep string, parts ...string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func first(xs ...int) int {
	if len(xs) == 0 {
		return -1
	}
	return xs[0]
}

func modify(xs ...int) {
	for i := range xs {
		xs[i] *= 10
	}
}

func pair() (int, int) { return 4, 5 }

func main() {
	println(sum(), sum(1), sum(1, 2, 3), sum(pair()))
	n, isNil := count()
	println(n, isNil)
	n, isNil = count(7, 8)
	println(n, isNil)
	s := []int{4, 5, 6}
	println(sum(s...), first(s...), first())
	modify(s...)
	println(s[0], s[1], s[2])
	modify(s[0], s[1])
	println(s[0], s[1])
	var empty []int
	println(sum(empty...), first(empty...))
	println(join(", ", "a", "b", "c"))
	println(join("-"), join("+", "x"))
	words := []string{"go", "is", "fun"}
	println(join(" ", words...))
	f := sum
	println(f(10, 20, 30))
	max := func(xs ...int) int {
		m := xs[0]
		for _, x := range xs[1:] {
			if x > m {
				m = x
			}
		}
		return m
	}
	println(max(3, 9, 2), max(s...))
	var g func(string, ...string) string = join
	println(g("/", "usr", "local", "go"))
}
