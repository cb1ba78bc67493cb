package main

func main() {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == i {
				continue
			}
			if j > 1 {
				break
			}
			println(i, j)
		}
	}
	i := 10
	for i > 0 {
		i -= 3
	}
	println("i", i)
	for i := 0; i < 2; i++ {
		i := i * 10
		println("inner i", i)
	}
	count := 0
	for ; count < 5; {
		count++
	}
	println("count", count)
}
