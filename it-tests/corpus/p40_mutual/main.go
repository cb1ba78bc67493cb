package main

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func main() {
	for i := 0; i < 6; i++ {
		println(i, even(i), odd(i))
	}
	println(even(1001), odd(1001))
}
