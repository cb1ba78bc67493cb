package main

var calls = 0

func t(name string) bool {
	calls++
	println("eval", name)
	return true
}

func f(name string) bool {
	calls++
	println("eval", name)
	return false
}

func main() {
	if f("a") && t("b") {
		println("unreachable")
	}
	if t("c") || f("d") {
		println("c or d")
	}
	r := f("e") || t("f") && f("g")
	println("r", r, "calls", calls)
	b := t("h") && (f("i") || t("j"))
	println("b", b, "calls", calls)
}
