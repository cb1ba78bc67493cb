package runtime

import "unsafe"

// stubs.go: the functions the runtime's Go code calls that are written in assembly, as Go's
// runtime/stubs.go declares its own. Each takes and returns its values in Go's register ABI
// (docs/ABI.md "The runtime in Go"); a comment names the file that implements it.

// getg returns the running goroutine's g: gc's intrinsic, the word at fs:[-8] (no call).
func getg() *g

// memmove copies n bytes from from to to; the blocks may overlap (memmove.s).
func memmove(to, from unsafe.Pointer, n uintptr)

// memclrNoHeapPointers zeroes n bytes at ptr (memmove.s).
func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)

// memequal reports whether the size bytes at a and b are equal (memmove.s).
func memequal(a, b unsafe.Pointer, size uintptr) bool

// nanotime1 is CLOCK_MONOTONIC in nanoseconds (sys_linux_amd64.s).
func nanotime1() int64

// findnull returns the length of the NUL-terminated string at s (Go's findnull, in Go over
// bytealg.IndexByteString; here SSE2 assembly, indexbyte_amd64.s).
func findnull(s *byte) int

// indexByteString returns the index of the first c in s, or -1 (Go's
// internal/bytealg.IndexByteString, indexbyte_amd64.s).
func indexByteString(s string, c byte) int

// cputicks returns the time stamp counter (asm_amd64.s: RDTSC, as Go's).
func cputicks() int64
