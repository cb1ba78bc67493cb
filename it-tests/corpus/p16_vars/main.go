package main

var (
	total    int
	greeting = "hi"
	flag     bool
	x, y     = 1, 2
	_        = note("blank var initialized")
	u, v     = pair()
)

func note(s string) int {
	println(s)
	return 0
}

func pair() (int, string) {
	println("pair called once")
	return 7, "seven"
}

func main() {
	println(total, greeting, flag, x, y, u, v)
	var local int
	var s1, s2 string = "a", "b"
	var z = x + y
	local = z * 2
	println(local, s1+s2, z)
	{
		local := "shadow"
		println(local)
	}
	println(local)
	total++
	total++
	total--
	println(total)
}
