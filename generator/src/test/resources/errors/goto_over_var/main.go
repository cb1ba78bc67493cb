package main

func main() {
	n := 0
back:
	n++
	if n < 3 {
		goto back
	}
	goto a
	var x = 1
a:
	goto b
	y, z := 2, 3
b:
	{
		goto c
	}
	w := 4
c:
	println(x, y, z, w)
}
