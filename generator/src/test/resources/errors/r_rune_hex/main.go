package main

func main() {
	println('\x4')
}
