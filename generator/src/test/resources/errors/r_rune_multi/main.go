package main

func main() {
	println('ab')
}
