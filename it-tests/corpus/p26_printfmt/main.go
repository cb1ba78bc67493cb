package main

func main() {
	print()
	println()
	print("no", "spaces", 1, 2, true, "\n")
	println("spaces", "between", 1, -2, false)
	println(0, -0, 9223372036854775807, -9223372036854775807)
	println("")
	println("", "")
	print(1)
	print(-1)
	print("\n")
	println("unicode: héllo, 世界", len("世界"))
}
