package runtime

// unsafe.go: the run-time panics of unsafe.Slice and unsafe.String (Go's runtime/unsafe.go).
//
// gc open-codes unsafe.Slice's and unsafe.String's checks (walk/builtin.go) and calls these
// when one fails; so does rt0gen (lower.Lower unsafeBuiltin). Each is Go's
// panic(errorString(…)): a run-time error the deferred calls may recover, "panic: runtime
// error: …" when none does (panicplain: the runtime's errors are plainErrors whose message
// is Error()'s whole string, error.go). Go's take the caller's pc for panicCheck1, which
// this runtime does without. They never return.

func panicunsafeslicelen() {
	panicplain("runtime error: unsafe.Slice: len out of range")
}

func panicunsafeslicenilptr() {
	panicplain("runtime error: unsafe.Slice: ptr is nil and len is not zero")
}

func panicunsafestringlen() {
	panicplain("runtime error: unsafe.String: len out of range")
}

func panicunsafestringnilptr() {
	panicplain("runtime error: unsafe.String: ptr is nil and len is not zero")
}
