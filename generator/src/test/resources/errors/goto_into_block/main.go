package main

func main() {
	goto inIf
	if true {
	inIf:
		println()
	}
	goto inFor
	for i := 0; i < 2; i++ {
	inFor:
		println(i)
	}
	goto inCase
	switch {
	case true:
	inCase:
		println()
	}
	{
	inBlock:
		println()
	}
	goto inBlock
}
