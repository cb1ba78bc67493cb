package main

func main() { for "a" {
	}
}
