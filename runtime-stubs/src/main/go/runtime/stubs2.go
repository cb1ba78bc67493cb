package runtime

import "unsafe"

// stubs2.go: as Go's runtime/stubs2.go, the system-call stubs of the Unix ports that the
// runtime's Go code calls, written in assembly (sys_linux_amd64.s) with Go's register ABI.

// write1 writes n bytes at p to fd: write(2); it returns the count written or a negative
// errno.
func write1(fd uintptr, p unsafe.Pointer, n int32) int32
