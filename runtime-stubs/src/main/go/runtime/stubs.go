package runtime

import "unsafe"

// stubs.go: the functions the runtime's Go code calls that are written in assembly, as Go's
// runtime/stubs.go declares its own. Each takes and returns its values in Go's register ABI
// (docs/ABI.md "The runtime in Go"); a comment names the file that implements it.

// getg returns the running goroutine's g: gc's intrinsic, the word at fs:[-8] (no call).
func getg() *g

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

// open opens the NUL-terminated name: openat(AT_FDCWD, name, mode, perm); -1 on failure
// (sys_linux_amd64.s).
func open(name *byte, mode, perm int32) int32

// read reads up to n bytes from fd into p: the byte count, or a negative errno
// (sys_linux_amd64.s).
func read(fd int32, p unsafe.Pointer, n int32) int32

// closefd closes fd; -1 on failure (sys_linux_amd64.s).
func closefd(fd int32) int32

// sched_getaffinity writes the CPU mask of pid into buf (len bytes): the bytes written, or a
// negative errno (sys_linux_amd64.s).
func sched_getaffinity(pid, len uintptr, buf *byte) int32

// findnull returns the length of the NUL-terminated string at s (Go's findnull, in Go over
// bytealg.IndexByteString; here SSE2 assembly, indexbyte_amd64.s).
func findnull(s *byte) int

// indexByteString returns the index of the first c in s, or -1 (Go's
// internal/bytealg.IndexByteString, indexbyte_amd64.s).
func indexByteString(s string, c byte) int

// cputicks returns the time stamp counter (asm_amd64.s: RDTSC, as Go's).
func cputicks() int64
