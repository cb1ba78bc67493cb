package runtime

import "unsafe"

// stubs.go: the functions the runtime's Go code calls that are written in assembly, as Go's
// runtime/stubs.go declares its own. Each takes and returns its values in Go's register ABI
// (docs/ABI.md "The runtime in Go"); a comment names the file that implements it.

// getg returns the running goroutine's g: gc's intrinsic, the word at fs:[-8] (no call).
func getg() *g

// throw prints "fatal error: s" and the traceback's headers, and exits with status 2 (panic.s).
func throw(s string)

// exit ends the process with the status (sys_linux_amd64.s: exit_group).
func exit(code int32)

// memmove copies n bytes from from to to; the blocks may overlap (memmove.s).
func memmove(to, from unsafe.Pointer, n uintptr)

// memclrNoHeapPointers zeroes n bytes at ptr (memmove.s).
func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)

// memequal reports whether the size bytes at a and b are equal (memmove.s).
func memequal(a, b unsafe.Pointer, size uintptr) bool

// nanotime1 is CLOCK_MONOTONIC in nanoseconds (sys_linux_amd64.s).
func nanotime1() int64

// panicplain panics with a run-time error whose Error() is s: Go's panic(plainError(s)) (or
// of the errorString or boundsError Go has, whose Error() is s): a panic the deferred calls
// may recover, printed "panic: s" when none does (panic.s). Never returns.
func panicplain(s string)
