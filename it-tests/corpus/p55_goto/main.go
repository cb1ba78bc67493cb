package main

// Labels and jumps: goto loops (backward) and skips (forward), labels on empty statements
// and in loop bodies, labeled break and continue out of nested loops and switches,
// fallthrough from one case into the next, and labels in code nothing reaches but a
// goto (or nothing at all).

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func primes(n int) string {
	s := ""
outer:
	for i := 2; i < n; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue outer
			}
		}
		s += " " + itoa(i)
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = digit(n%10) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func find(limit int) (int, int) {
	x, y := -1, -1
search:
	for i := 0; i < limit; i++ {
		for j := 0; j < limit; j++ {
			switch {
			case i*j == 42:
				x, y = i, j
				break search
			case j > i:
				continue search
			}
		}
	}
	return x, y
}

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	case n >= 70:
		s += "C"
	case n >= 60:
		s += "D"
		fallthrough
	default:
		s += "F"
	}
	return s
}

func kind(n int) string {
	s := ""
	switch n % 3 {
	case 0:
		s = "zero"
		if n > 5 {
			break
		}
		fallthrough
	case 1:
		s += "one"
	sw:
		switch n {
		case 4:
			break sw
		default:
			s += "!"
		}
	default:
		s += "two"
	}
	return s
}

func count(n int) int {
	i, sum := 0, 0
top:
	if i < n {
		sum += i
		i++
		goto top
	}
	goto done
	sum = -1
done:
	return sum
}

func skip(n int) int {
	r := 0
	if n > 3 {
		goto big
	}
	r = 1
	goto end
big:
	r = 2
end:
	return r
}

func f(n int) int {
	x := n
	return x
L:
	x++
	if x < 10 {
		goto L
	}
	return x
}

func g(n int) int {
	goto M
L:
	n++
	goto L
M:
	return n
}

func h() {
	for i := 0; i < 4; i++ {
		if i == 1 {
			goto next
		}
		println("h", i)
	next:
	}
}

func sel(n int) int {
	switch {
	case n > 0:
		return 1
	default:
		goto neg
	}
neg:
	for {
		if n < -5 {
			return -2
		}
		n--
		if n < -100 {
			break
		}
	}
	return -1
}

func main() {
	println(gcd(1071, 462), gcd(17, 5))
	println(primes(40))
	x, y := find(10)
	println(x, y)
	for n := 50; n <= 100; n += 10 {
		println(n, grade(n))
	}
	for n := 0; n < 9; n++ {
		println(n, kind(n))
	}
	println(count(10), skip(2), skip(5))
	println(f(3), g(4), sel(1), sel(0), sel(-10))
	h()
}

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	}
	return "9"
}
