package main

type Celsius int
type Name string
type U Celsius

func f(c Celsius) {}

func main() {
	var i int = 5
	var k Celsius = i
	var n Name = "a"
	var s string = n
	var u U = 3
	println(k+i, u == k, k, s)
	f(i)
	f(u)
	var b bool = k > 1
	var r rune = 'a'
	var i32 int32 = r
	var u8 uint8 = 'b'
	var by byte = u8
	println(b, i32, by, r+i)
}
