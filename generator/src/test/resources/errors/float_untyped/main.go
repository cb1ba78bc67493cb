package main

func main() {
	var i int
	var f float64
	_ = f + 1e400
	_ = f == 1e400
	const h float64 = 1e300
	_ = h * h
	_ = -h * 1e10
	_ = 2.0 << 1
	f++
	switch f {
	case 1.5:
	}
	_ = 1 + 2.5
	_ = 7.0 / 2
	println(7.0/2, 1+2.5, 3 / 2.0)
	_ = h / 0
}
