package runtime

// panic.go: panics and fatal errors (Go's runtime/panic.go).

// panicdivide is Go's: panic(divideError), "runtime error: integer divide by zero", for a
// division by zero that compiled code finds (a fault of IDIV becomes the same panic:
// signal_linux.s). Never returns.
func panicdivide() {
	panicplain("runtime error: integer divide by zero")
}

// panicshift is Go's: panic(shiftError), for a negative shift amount. Never returns.
func panicshift() {
	panicplain("runtime error: negative shift amount")
}
