package main

func init() {
	println("init", 1)
}

func init() {
	println("init", 2)
}

func main() {
	println("hello from a user's CI")
}
