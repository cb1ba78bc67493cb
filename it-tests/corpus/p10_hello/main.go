package main

func init() {
	println("init 1")
}

func init() {
	print("init ", 2, "\n")
}

func main() {
	println("hello, world", 42, -7)
}
