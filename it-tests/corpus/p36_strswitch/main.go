package main

func kind(s string) int {
	switch s {
	case "apple", "banana":
		return 1
	case "carrot":
		return 2
	case "":
		return 3
	}
	return 0
}

func main() {
	println(kind("apple"), kind("banana"), kind("carrot"), kind(""), kind("durian"))
	b := true
	switch b {
	case false:
		println("false")
	case true:
		println("true")
	}
	switch x := 3 * 4; x {
	case 12:
		println("twelve")
	}
}
