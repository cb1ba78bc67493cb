package main

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out = out + s
	}
	return out
}

func max(a, b string) string {
	if a > b {
		return a
	}
	return b
}

func main() {
	s := repeat("xy", 50)
	println(len(s), s == repeat("yx", 50))
	println(max("apple", "apricot"), max("b", "a"), max("", "z"))
	line := ""
	for i := 0; i < 10; i++ {
		if i > 0 {
			line += ","
		}
		if i%2 == 0 {
			line += "even"
		} else {
			line += "odd"
		}
	}
	println(line)
}
