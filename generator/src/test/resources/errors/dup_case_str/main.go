package main

func main() { s := "x"
	switch s {
	case "a", "a":
	}
}
