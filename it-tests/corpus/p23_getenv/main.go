package main

import "os"

func main() {
	home := os.Getenv("HOME")
	println("HOME=[" + home + "]", len(home))
	println("GREETING=[" + os.Getenv("GREETING") + "]")
	if os.Getenv("NOPE_NOT_SET") == "" {
		println("unset is empty")
	}
}
