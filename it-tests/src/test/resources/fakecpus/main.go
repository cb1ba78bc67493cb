// fakecpus runs a program as if the machine had N CPUs: it traces the program (every thread)
// with ptrace and, at each return from sched_getaffinity, writes a mask of N CPUs into the
// caller's buffer and returns 8 (bytes). That is where Go's osinit, and rt0gen's, count the
// CPUs, so on this 2-CPU machine the cgroup-limited GOMAXPROCS can be exercised with 8, 32
// or 64 CPUs. Go's binary and rt0gen's get the same treatment, so Go stays the oracle.
//
//	fakecpus -cpus N [-opens] -stderr FILE PROGRAM [K=V...]
//
// PROGRAM runs with exactly the environment K=V... (none if none is given), its stdout on
// fakecpus's stdout and its stderr into FILE. With -opens, fakecpus prints "openat PATH" on
// its stdout at the entry of every openat the program makes. fakecpus exits with the
// program's exit status (128+N if signal N killed it); its own errors go to its stderr, with
// exit status 125.
//
// It replaces a gdb script that did the same with a catchpoint: gdb 13 lost, about once in a
// few hundred runs, a thread of Go's binary that exited at the program's end while it was
// stopped (an error of the script, the exit status lost, or gdb's internal error in
// linux-nat.c). Here a thread that is gone is simply gone: every ptrace request on it fails
// with ESRCH, which is let go, and the thread group's leader still reports the exit status.
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"syscall"
)

const (
	sysOpenat           = 257
	sysSchedGetaffinity = 204
	enosys              = -38 // rax at every syscall-entry stop
	ptraceOExitkill     = 0x100000
)

func init() {
	// Every ptrace request must come from the thread that is the tracer.
	runtime.LockOSThread()
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "fakecpus: "+format+"\n", args...)
	os.Exit(125)
}

func main() {
	cpus := flag.Int("cpus", 0, "the number of CPUs the program sees (1 to 64)")
	opens := flag.Bool("opens", false, "print openat PATH at each openat the program makes")
	stderrPath := flag.String("stderr", "", "the file the program's stderr goes to")
	flag.Parse()
	if *cpus < 1 || *cpus > 64 || *stderrPath == "" || flag.NArg() < 1 {
		fail("usage: fakecpus -cpus N (1 to 64) [-opens] -stderr FILE PROGRAM [K=V...]")
	}
	mask := ^uint64(0)
	if *cpus < 64 {
		mask = 1<<*cpus - 1
	}
	errFile, err := os.Create(*stderrPath)
	if err != nil {
		fail("%v", err)
	}
	cmd := exec.Command(flag.Arg(0))
	cmd.Env = append([]string{}, flag.Args()[1:]...) // non-nil: exactly these, none inherited
	cmd.Stdin = nil
	cmd.Stdout = os.Stdout
	cmd.Stderr = errFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Ptrace: true}
	if err := cmd.Start(); err != nil {
		fail("%v", err)
	}
	leader := cmd.Process.Pid
	var ws syscall.WaitStatus
	// PTRACE_TRACEME then execve: the program stops with SIGTRAP before its first instruction.
	if _, err := syscall.Wait4(leader, &ws, syscall.WALL, nil); err != nil || !ws.Stopped() {
		fail("the program did not stop at its start: %v %v", err, ws)
	}
	if err := syscall.PtraceSetOptions(leader, syscall.PTRACE_O_TRACESYSGOOD|syscall.PTRACE_O_TRACECLONE|ptraceOExitkill); err != nil {
		fail("PTRACE_SETOPTIONS: %v", err)
	}
	resume(leader, 0)
	for {
		tid, err := syscall.Wait4(-1, &ws, syscall.WALL, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			fail("wait4: %v", err)
		}
		switch {
		case ws.Exited() || ws.Signaled():
			// The leader's end is reported after every other thread's.
			if tid == leader {
				if ws.Signaled() {
					os.Exit(128 + int(ws.Signal()))
				}
				os.Exit(ws.ExitStatus())
			}
		case ws.Stopped() && ws.StopSignal() == syscall.SIGTRAP|0x80:
			syscallStop(tid, mask, *opens)
			resume(tid, 0)
		case ws.Stopped() && ws.StopSignal() == syscall.SIGTRAP && ws.TrapCause() != 0:
			resume(tid, 0) // PTRACE_EVENT_CLONE: the new thread is traced too
		case ws.Stopped() && ws.StopSignal() == syscall.SIGSTOP:
			resume(tid, 0) // a new thread's first stop
		case ws.Stopped():
			resume(tid, int(ws.StopSignal())) // a signal for the program: deliver it
		}
	}
}

// resume lets thread tid run to its next syscall entry or exit, delivering signal sig.
func resume(tid, sig int) {
	if err := syscall.PtraceSyscall(tid, sig); err != nil && !gone(err) {
		fail("PTRACE_SYSCALL %d: %v", tid, err)
	}
}

// gone: the thread exited (the program is ending) between its stop and this request.
func gone(err error) bool {
	return errors.Is(err, syscall.ESRCH)
}

func syscallStop(tid int, mask uint64, opens bool) {
	var regs syscall.PtraceRegs
	if err := syscall.PtraceGetRegs(tid, &regs); err != nil {
		if gone(err) {
			return
		}
		fail("PTRACE_GETREGS %d: %v", tid, err)
	}
	entry := int64(regs.Rax) == enosys
	switch {
	case regs.Orig_rax == sysSchedGetaffinity && !entry:
		// sched_getaffinity(pid, len, mask): the mask is at rdx.
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], mask)
		if _, err := syscall.PtracePokeData(tid, uintptr(regs.Rdx), b[:]); err != nil {
			if gone(err) {
				return
			}
			fail("writing the mask of thread %d at %#x: %v", tid, regs.Rdx, err)
		}
		regs.Rax = 8
		if err := syscall.PtraceSetRegs(tid, &regs); err != nil && !gone(err) {
			fail("PTRACE_SETREGS %d: %v", tid, err)
		}
	case regs.Orig_rax == sysOpenat && entry && opens:
		fmt.Printf("openat %s\n", cstring(tid, uintptr(regs.Rsi)))
	}
}

// cstring reads the NUL-terminated string at addr in thread tid's memory.
func cstring(tid int, addr uintptr) string {
	var s []byte
	var w [8]byte
	for len(s) < 4096 {
		if _, err := syscall.PtracePeekData(tid, addr+uintptr(len(s)), w[:]); err != nil {
			break
		}
		for _, c := range w {
			if c == 0 {
				return string(s)
			}
			s = append(s, c)
		}
	}
	return string(s)
}
