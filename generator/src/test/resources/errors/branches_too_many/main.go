package main

func main() {
	x := 1
	goto L
	y := 2
L:
	println(x, y, z)
M:
	for {
		break N
	}
	{
	K:
		println()
	}
	goto K
	continue M
	fallthrough
	switch x {
	case 1:
		fallthrough
		println()
	case 2:
		{
			fallthrough
		}
	case 3:
		fallthrough
	}
	break M
}
