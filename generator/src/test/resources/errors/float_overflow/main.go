package main

func main() {
	println(-1e400)
	println(1e400 - 1e400)
	const x = 1e400
	println(x / 1e300)
	var z float64 = 0
	println(z / 0.0)
	println(2.0 / 0)
	println(int(1e19))
	println(float64(1<<63))
	var f float64 = 1.5
	f %= 2
	const h = 1.5
	println(h << 1)
	println(x)
	println(0x1p-2000)
}
