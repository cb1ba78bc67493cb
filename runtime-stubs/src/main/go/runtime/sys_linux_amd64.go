package runtime

import "unsafe"

// sys_linux_amd64.go: the system calls Go writes in sys_linux_amd64.s, one assembly stub per
// call. Here they are Go, each over one of the rawsyscallN intrinsics: rt0gen compiles a call
// of rawsyscallN to the instruction itself (the number in RAX, the arguments in RDI, RSI,
// RDX, R10, R8, R9, then SYSCALL; docs/ABI.md "The runtime in Go"), so a loop that makes a
// system call keeps its other values in the registers the kernel preserves. What stays in
// sys_linux_amd64.s is what cannot be Go: settls (before there is a g), nanotime1 (its
// timespec on the stack), sigtramp and sigreturn__sigaction (the kernel's calling
// conventions), preparePanic and sigpanic0.

// Linux's system call numbers (arch/x86/entry/syscalls/syscall_64.tbl).
const (
	_SYS_read              = 0x0
	_SYS_write             = 0x1
	_SYS_close             = 0x3
	_SYS_mmap              = 0x9
	_SYS_munmap            = 0xb
	_SYS_madvise           = 0x1c
	_SYS_rt_sigaction      = 0xd
	_SYS_rt_sigprocmask    = 0xe
	_SYS_rt_sigreturn      = 0xf
	_SYS_nanosleep         = 0x23
	_SYS_clone             = 0x38
	_SYS_exit              = 0x3c
	_SYS_getpid            = 0x27
	_SYS_sigaltstack       = 0x83
	_SYS_arch_prctl        = 0x9e
	_SYS_gettid            = 0xba
	_SYS_sched_getaffinity = 0xcc
	_SYS_clock_gettime     = 0xe4
	_SYS_exit_group        = 0xe7
	_SYS_futex             = 0xca
	_SYS_tgkill            = 0xea
	_SYS_openat            = 0x101
)

// _AT_FDCWD is openat's "relative to the working directory", -100.
const _AT_FDCWD = ^uintptr(0x63)

// _MAX_ERRNO: a raw result above -4096 (as unsigned) is a negative errno, as the kernel
// returns it (Go's CMPQ AX, $0xfffffffffffff001).
const _MAX_ERRNO = ^uintptr(0xfff)

// The intrinsics: Linux's system call num with N arguments; the result is RAX as the kernel
// leaves it (a negative errno on failure). No entersyscall: the runtime's own calls never
// block the scheduler, as Go's runtime calls its own stubs directly.
func rawsyscall0(num uintptr) uintptr
func rawsyscall1(num, a1 uintptr) uintptr
func rawsyscall2(num, a1, a2 uintptr) uintptr
func rawsyscall3(num, a1, a2, a3 uintptr) uintptr
func rawsyscall4(num, a1, a2, a3, a4 uintptr) uintptr
func rawsyscall6(num, a1, a2, a3, a4, a5, a6 uintptr) uintptr

// exit ends the process with the status: exit_group.
func exit(code int32) {
	rawsyscall1(_SYS_exit_group, uintptr(code))
}

// write1 writes n bytes at p to fd: write(2); it returns the count written or a negative
// errno.
func write1(fd uintptr, p unsafe.Pointer, n int32) int32 {
	return int32(rawsyscall3(_SYS_write, fd, uintptr(p), uintptr(n)))
}

// read reads up to n bytes from fd into p: the byte count, or a negative errno.
func read(fd int32, p unsafe.Pointer, n int32) int32 {
	return int32(rawsyscall3(_SYS_read, uintptr(fd), uintptr(p), uintptr(n)))
}

// open opens the NUL-terminated name: openat(AT_FDCWD, name, mode, perm); -1 on failure.
func open(name *byte, mode, perm int32) int32 {
	r := rawsyscall4(_SYS_openat, _AT_FDCWD, uintptr(unsafe.Pointer(name)), uintptr(mode), uintptr(perm))
	if r > _MAX_ERRNO {
		return -1
	}
	return int32(r)
}

// closefd closes fd; -1 on failure.
func closefd(fd int32) int32 {
	if rawsyscall1(_SYS_close, uintptr(fd)) > _MAX_ERRNO {
		return -1
	}
	return 0
}

// sysMmap is the mmap system call: the address, or nil and the errno.
func sysMmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (unsafe.Pointer, int) {
	p := rawsyscall6(_SYS_mmap, uintptr(addr), n, uintptr(uint32(prot)), uintptr(uint32(flags)), uintptr(fd), uintptr(off))
	if p > _MAX_ERRNO {
		return nil, int(-p)
	}
	return unsafe.Pointer(p), 0
}

// munmap is Go's: the system call; a failure throws ("runtime: munmap failed").
func munmap(addr unsafe.Pointer, n uintptr) {
	if rawsyscall2(_SYS_munmap, uintptr(addr), n) > _MAX_ERRNO {
		throw("runtime: munmap failed")
	}
}

// sysUnused is Go's sysUnusedOS: the kernel takes back n bytes of pages at p, which read as
// zero when next touched (madvise MADV_DONTNEED); a failure is ignored, as Go's.
func sysUnused(p unsafe.Pointer, n uintptr) {
	rawsyscall3(_SYS_madvise, uintptr(p), n, _MADV_DONTNEED)
}

// sched_getaffinity writes the CPU mask of pid into buf (len bytes): the bytes written, or a
// negative errno.
func sched_getaffinity(pid, len uintptr, buf *byte) int32 {
	return int32(rawsyscall3(_SYS_sched_getaffinity, pid, len, uintptr(unsafe.Pointer(buf))))
}

// rt_sigaction is the system call: 0, or a negative errno.
func rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32 {
	return int32(rawsyscall4(_SYS_rt_sigaction, sig, uintptr(unsafe.Pointer(new)), uintptr(unsafe.Pointer(old)), size))
}

// sigaltstack is the system call: 0, or a negative errno (Go's crashes).
func sigaltstack(new, old *stackt) int32 {
	return int32(rawsyscall3(_SYS_sigaltstack, uintptr(unsafe.Pointer(new)), uintptr(unsafe.Pointer(old)), 0))
}

// rtsigprocmask is rt_sigprocmask.
func rtsigprocmask(how int32, new, old *sigset, size int32) {
	rawsyscall4(_SYS_rt_sigprocmask, uintptr(how), uintptr(unsafe.Pointer(new)), uintptr(unsafe.Pointer(old)), uintptr(size))
}

// usleep is Go's: nanosleep for usec microseconds. The timespec is the M's own (Go's is on
// the stack).
func usleep(usec uint32) {
	ts := &getg().m.futexts
	ts[0] = int64(usec / 1000000)
	ts[1] = int64(usec%1000000) * 1000
	rawsyscall2(_SYS_nanosleep, uintptr(unsafe.Pointer(ts)), 0)
}

// walltime is the wall clock in nanoseconds since 1970 (Go's time_now's wall part):
// clock_gettime(CLOCK_REALTIME) with the M's timespec.
func walltime() int64 {
	ts := &getg().m.futexts
	rawsyscall2(_SYS_clock_gettime, 0, uintptr(unsafe.Pointer(ts)))
	return ts[0]*1000000000 + ts[1]
}

// timespec is the kernel's struct timespec.
type timespec struct {
	tv_sec  int64
	tv_nsec int64
}


// threadcputime is the CPU time, in nanoseconds, that thread tid of this process has used:
// clock_gettime on the thread's CPU clock (Linux's MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED):
// ^tid<<3 | 6). The timespec is sysmon's (its only caller); 0 if the clock cannot be read.
func threadcputime(tid uint64) int64 {
	clock := uintptr(^tid<<3 | 6)
	if rawsyscall2(_SYS_clock_gettime, clock, uintptr(unsafe.Pointer(&cputimets))) > _MAX_ERRNO {
		return 0
	}
	return cputimets.tv_sec*1000000000 + cputimets.tv_nsec
}

var cputimets timespec

// tgkill is the system call: send sig to thread tid of process tgid.
func tgkill(tgid, tid uintptr, sig uint32) {
	rawsyscall3(_SYS_tgkill, tgid, tid, uintptr(sig))
}

// raise sends sig to this thread: tgkill(getpid(), gettid(), sig).
func raise(sig uint32) {
	pid := rawsyscall0(_SYS_getpid)
	tid := rawsyscall0(_SYS_gettid)
	rawsyscall3(_SYS_tgkill, pid, tid, uintptr(sig))
}
