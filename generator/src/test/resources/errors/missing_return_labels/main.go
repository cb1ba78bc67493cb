package main

func a(x int) int {
L:
	for {
		for {
			break L
		}
	}
}

func b(x int) int {
	for {
		for {
			break
		}
	}
}

func c(x int) int {
S:
	switch x {
	case 1:
		break S
	default:
		panic(x)
	}
}

func d(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		goto E
	}
E:
	panic("e")
}

func e(x int) int {
	if x > 0 {
		panic(x)
	} else {
		return 0
	}
}

func f(x int) int {
	(panic)(x)
}

func g(x int) int {
L:
	for {
		if x > 0 {
			break L
		}
		return 1
	}
	return 2
}

func main() {
	println(a(1), b(1), c(1), d(1), e(1), f(1), g(1))
}
