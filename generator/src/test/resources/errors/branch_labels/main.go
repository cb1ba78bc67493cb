package main

func main() {
	x := 1
I:
	if x > 0 {
		break I
	}
S:
	switch x {
	case 1:
		continue S
	}
F:
	for {
		break F
	}
	for {
		break F
	}
	for {
		continue G
	}
B:
	{
		for {
			continue B
		}
	}
	break H
}
