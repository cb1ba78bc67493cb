package runtime

// mgc.go: the garbage collector's API (Go's runtime/mgc.go).

// GC runs a garbage collection and waits for it, in Go. rt0gen's runtime has no collector yet
// (malloc.go: a bump allocator, nothing is freed), so there is nothing to collect: it returns
// at once. Unlike Go's, it never lets another goroutine run while it waits.
func GC() {
}

// Breakpoint executes a breakpoint trap (Go's, in proc.go: kept here while proc.go is being
// moved): without a debugger the SIGTRAP is fatal ("SIGTRAP: trace trap", exit 2), as in Go.
func Breakpoint() {
	breakpoint()
}

// breakpoint is INT3 (asm_amd64.s, as Go's).
func breakpoint()
