package runtime

import "unsafe"

// os_linux.go: what the runtime learns from Linux at start-up (Go's runtime/os_linux.go):
// args/sysargs/sysauxv, osinit, getproccount. argc, argv, envp and envc are runtime1.go's
// variables.

const (
	_EINVAL = 0x16

	// Auxiliary vector tags (Go's sysauxv).
	_AT_NULL   = 0
	_AT_PAGESZ = 6
	_AT_RANDOM = 25

	cpuset0Size = 0x80 // getproccount's first buffer: 1024 CPUs
)

var (
	// auxv is the address of the auxiliary vector (Go keeps it as auxv []uintptr), set by args.
	auxv unsafe.Pointer

	// physPageSize is Go's: AT_PAGESZ, or 4 KiB (osinit).
	physPageSize uintptr

	// ncpu is Go's (numCPUStartup since Go 1.25; an int32 there, a word here, as rt0trace.go
	// reads it): getproccount at osinit.
	ncpu int
)

// args is Go's args(c int32, v **byte), rt0_go's first call: argc, argv = c, v, then sysargs.
// RT0TRACE is looked up here, in the raw environment, so that the bootstrap can be traced
// from this first step on.
func args(c int, v **byte) {
	argc = c
	argv = v
	sysargs(c, v)
	rt0trace_init()
	if rt0trace {
		traceRt0go(&g0, &m0)
		traceArgs(uintptr(auxv), physPageSize)
	}
}

// sysargs is Go's: skip argv and envp to the auxiliary vector and read it (sysauxv). rt0gen
// keeps where the environment starts and its length (envp, envc) for goenvs.
func sysargs(argc int, argv **byte) {
	n := argc + 1
	envp = (**byte)(unsafe.Add(unsafe.Pointer(argv), n*8))
	for *(**byte)(unsafe.Add(unsafe.Pointer(argv), n*8)) != nil {
		n++
	}
	envc = n - argc - 1
	n++ // the nil after envp
	auxv = unsafe.Add(unsafe.Pointer(argv), n*8)
	sysauxv(auxv)
}

// sysauxv is Go's: the (tag, value) pairs up to AT_NULL; here AT_PAGESZ and AT_RANDOM.
func sysauxv(a unsafe.Pointer) {
	for ; ; a = unsafe.Add(a, 16) {
		tag := *(*uintptr)(a)
		if tag == _AT_NULL {
			return
		}
		val := *(*uintptr)(unsafe.Add(a, 8))
		switch tag {
		case _AT_PAGESZ:
			physPageSize = val // Go: physPageSize = val
		case _AT_RANDOM:
			startupRand = unsafe.Pointer(val) // Go: startupRand = the 16 bytes at val (rand.go)
		}
	}
}

// osinit is Go's: ncpu = getproccount() (numCPUStartup in Go 1.25+), and the huge page size.
// Here ncpu, and a 4 KiB physPageSize if the auxv had none.
func osinit() {
	ncpu = getproccount()
	if physPageSize == 0 {
		physPageSize = 0x1000
	}
	if rt0trace {
		traceOsinit(ncpu, physPageSize)
	}
}

// cpuset0 is getproccount's first sched_getaffinity buffer.
var cpuset0 [cpuset0Size]byte

// getproccount is Go's getproccount: sched_getaffinity(0, 8 KiB, buf) (room for 64 Ki CPUs),
// the number of bits set in the bytes the kernel wrote; 1 when the call fails or no bit is
// set. rt0gen asks first with cpuset0 (1024 CPUs), and with Go's 8 KiB (from mallocgc, where Go
// uses its stack) only when the kernel has more CPU ids than that (EINVAL): the same count,
// without touching two new pages. The kernel writes whole words (cpumask_size() is a multiple
// of 8), so the bits are counted eight bytes at a time.
func getproccount() int {
	p := unsafe.Pointer(&cpuset0[0])
	r := sched_getaffinity(0, cpuset0Size, (*byte)(p))
	if r == -_EINVAL {
		p = mallocgc(0x2000, nil, true)
		r = sched_getaffinity(0, 0x2000, (*byte)(p))
	}
	n := 0
	for i := 0; i < int(r); i += 8 {
		// Go counts a word's bits while it is not 0: a word of CPUs that do not exist costs
		// nothing (the kernel returns nr_cpu_ids bits: 4 words here for 2 CPUs)
		if v := *(*uint64)(unsafe.Add(p, i)); v != 0 {
			n += onesCount64(v)
		}
	}
	if n == 0 {
		n = 1
	}
	return n
}

// onesCount64 is math/bits.OnesCount64 without its table: pairs, nibbles, bytes, then a sum by
// multiplication.
func onesCount64(x uint64) int {
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	x = x - (x>>1)&m0
	x = x&m1 + (x>>2)&m1
	x = (x + x>>4) & m2
	return int(x * 0x0101010101010101 >> 56)
}
