package main

func main() {
unused:
	println()
L:
	for {
		break L
	}
L:
	println()
_:
	println()
	goto nowhere
}

func f() {
M:
}
