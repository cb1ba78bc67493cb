// One println: the bootstrap plus one write(2).
package main

func main() {
	println("hello, world")
}
