package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	switch n % 3 {
	case 0:
		return "fizz"
	case 1, 2:
		if n > 10 {
			return "big"
		} else if n > 5 {
			return "medium"
		} else {
			return "small"
		}
	default:
		return "impossible"
	}
}

func main() {
	sum := 0
	for i := 0; i < 100; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		sum += i
	}
	println("sum", sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	println("n", n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	println("k", k)
	for i := -1; i < 13; i += 4 {
		println(i, classify(i))
	}
	x := 5
	switch x {
	case 1:
		println("one")
	case 5:
		println("five")
	case 6:
		println("six")
	default:
		println("other")
	}
}
