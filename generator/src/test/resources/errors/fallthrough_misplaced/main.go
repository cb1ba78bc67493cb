package main

func main() {
	x := 1
	fallthrough
	switch x {
	case 1:
		fallthrough
		println()
	case 2:
		if x > 0 {
			fallthrough
		}
	case 3:
		{
			fallthrough
		}
	case 4:
		fallthrough
		;
	case 5:
		fallthrough
	}
	for {
		fallthrough
	}
}
