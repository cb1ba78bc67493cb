package main

func greet(who string) string {
	return "hello, " + who + "!"
}

func main() {
	s := greet("gopher")
	println(s, len(s))
	t := ""
	for i := 0; i < 5; i++ {
		t += "ab"
	}
	println(t, len(t))
	println("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x", "x" != "y", "" < "a")
	println("tab\tquote\" backslash\\ nl\\n", "\x41\102\u00e9")
	println(`raw\n string`)
	var e string
	println(e == "", len(e))
}
