package main

func main() {
	println('\uD800')
}
