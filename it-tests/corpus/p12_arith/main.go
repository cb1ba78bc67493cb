package main

var m = -9223372036854775807 - 1

func main() {
	a, b := 17, 5
	println(a+b, a-b, a*b, a/b, a%b)
	println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	println(m, m-1, -m, m/-1, m%-1)
	x := 9223372036854775807
	x++
	println(x)
	println(a<<3, a>>1, -a>>1, a&b, a|b, a^b, a&^b, ^a)
	println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	c := 10
	c += 5
	c -= 3
	c *= 4
	c /= 5
	c %= 7
	c <<= 4
	c >>= 2
	c |= 1
	c &= 0xff
	c ^= 3
	println(c)
	println(0x7fffffffffffffff, 0b1010, 0o17, 017, 1_000_000)
}
