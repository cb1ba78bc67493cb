package main

import "unsafe"

// shim.go: the assembly functions (runtime-stubs/src/main/go/runtime/stubs.go) that
// runtime1.go, env_posix.go, cgroup_linux.go and os_linux.go call, in plain Go, so that those
// files run as part of an ordinary program: compiled by rt0gen (RuntimeGoUnitTest) and by
// gc (`go run .`, the second oracle). Files come from the table files, not the file system.

var files = map[string]string{}

var openFiles []string
var openPos []int

func open(name *byte, mode, perm int32) int32 {
	c, ok := files[unsafe.String(name, findnull(name))]
	if !ok {
		return -1
	}
	openFiles = append(openFiles, c)
	openPos = append(openPos, 0)
	return int32(len(openFiles) + 2)
}

func read(fd int32, p unsafe.Pointer, n int32) int32 {
	i := int(fd) - 3
	rest := openFiles[i][openPos[i]:]
	m := len(rest)
	if m > int(n) {
		m = int(n)
	}
	if m > 7 { // short reads, as the kernel may give
		m = 7
	}
	for j := 0; j < m; j++ {
		*(*byte)(unsafe.Add(p, j)) = rest[j]
	}
	openPos[i] += m
	return int32(m)
}

func closefd(fd int32) int32 {
	return 0
}

// affinity is the mask sched_getaffinity reports; affinityErr, when not 0, its result for a
// buffer smaller than the mask.
var affinity []byte

func sched_getaffinity(pid, n uintptr, buf *byte) int32 {
	if int(n) < len(affinity) {
		return -22
	}
	for i := 0; i < len(affinity); i++ {
		*(*byte)(unsafe.Add(unsafe.Pointer(buf), i)) = affinity[i]
	}
	return int32(len(affinity))
}

var allocs [][]uint64

// stringType stands for malloc.go's descriptor of a string (the allocation's type, unread here).
var stringType struct{ size, ptrdata uintptr }

func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer {
	b := make([]uint64, size/8+1)
	allocs = append(allocs, b)
	return unsafe.Pointer(&b[0])
}

func memmove(to, from unsafe.Pointer, n uintptr) {
	for i := uintptr(0); i < n; i++ {
		*(*byte)(unsafe.Add(to, i)) = *(*byte)(unsafe.Add(from, i))
	}
}

func findnull(s *byte) int {
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(s), n)) != 0 {
		n++
	}
	return n
}

func indexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// os_linux.go's args and osinit: their RT0TRACE lines (rt0trace.go's), the g0 and m0 args
// reports (proc.go's), and rand.go's startupRand.
type g struct{}
type m struct{}

var g0 g
var m0 m

func traceRt0go(g0 *g, m0 *m)                      { println("trace_rt0go") }
func traceArgs(auxv uintptr, physPageSize uintptr) { println("trace_args") }
func traceOsinit(ncpu int, physPageSize uintptr)   { println("trace_osinit") }

var startupRand unsafe.Pointer

var godebugDefault string

// cstr returns s as a NUL-terminated C string.
func cstr(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

// cvector returns the C strings of ss followed by a nil pointer, as argv and envp are.
func cvector(ss []string) **byte {
	v := make([]*byte, len(ss)+1)
	for i, s := range ss {
		v[i] = cstr(s)
	}
	return &v[0]
}

func unsafeAdd(p *byte, i int) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(p), i)
}
