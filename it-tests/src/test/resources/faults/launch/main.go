// launch starts /app (or another program) inside a container the way FaultsInContainersTest
// needs and docker run cannot: it is launch.py's counterpart for a FROM scratch image, built
// by the Go toolchain. First it prints, on stdout, what it sees of its sandbox (the program
// inherits all of it through execve):
//
//	sandbox Seccomp=2 NoNewPrivs=1 CapEff=0000000000000000 Uid=65534
//
// then, by mode:
//
//	launch exec MODE PROG        execve(PROG) with, for MODE:
//	    empty     no environment at all (docker run always sets PATH, HOSTNAME and HOME)
//	    argc0     argv = [] (Linux 5.18 and later pass argv = [""]), environment K=v
//	    manyenv   100,000 variables, with duplicates and entries without '='
//	    bigargs   8 arguments of 131,071 bytes each (1 MiB in all), environment K=v
//	launch as KIB PROG           execve(PROG) under RLIMIT_AS = KIB KiB (docker run's --ulimit
//	                             has no "as"; the API takes it, but runc then applies it to its
//	                             own init process, which fails)
//	launch ignore SIG PROG       execve(PROG) with signal SIG (a number) set to SIG_IGN
//	launch closed-pipe FD PROG   PROG with fd FD the write end of a pipe whose read end is
//	                             closed; then "status N" (the exit status, or minus the signal)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

func main() {
	if len(os.Args) != 4 {
		fail("usage: launch exec|as|ignore|closed-pipe ARG PROG")
	}
	mode, arg, prog := os.Args[1], os.Args[2], os.Args[3]
	sandbox()
	switch mode {
	case "exec":
		argv, env := []string{prog}, []string{}
		switch arg {
		case "empty":
		case "argc0":
			argv, env = []string{}, []string{"K=v"}
		case "manyenv":
			env = []string{"K=first", "NOEQUALS", "=novalue", "DUP=one"}
			for i := 0; i < 100000; i++ {
				env = append(env, fmt.Sprintf("E%d=%d", i, i))
			}
			env = append(env, "DUP=two", "LAST=last")
		case "bigargs":
			for i := 0; i < 8; i++ {
				argv = append(argv, strings.Repeat(string(rune('a'+i)), 128*1024-1))
			}
			env = []string{"K=v"}
		default:
			fail("unknown exec mode " + arg)
		}
		// ARG_MAX is a quarter of the stack limit: room for 100,000 variables.
		setrlimit(syscall.RLIMIT_STACK, 64<<20)
		exec(prog, argv, env)
	case "as":
		kib, err := strconv.ParseUint(arg, 10, 64)
		if err != nil {
			fail("bad KiB " + arg)
		}
		setrlimit(syscall.RLIMIT_AS, kib<<10)
		exec(prog, []string{prog}, os.Environ())
	case "ignore":
		sig, err := strconv.Atoi(arg)
		if err != nil {
			fail("bad signal " + arg)
		}
		// rt_sigaction(sig, {SIG_IGN}): os/signal.Ignore would do the same, with more code.
		act := [4]uint64{1, 0x04000000, 0, 0} // handler SIG_IGN, flags SA_RESTORER (ignored for SIG_IGN)
		if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptrOf(&act), 0, 8, 0, 0); e != 0 {
			fail("rt_sigaction: " + e.Error())
		}
		exec(prog, []string{prog}, os.Environ())
	case "closed-pipe":
		fd, err := strconv.Atoi(arg)
		if err != nil || fd < 1 || fd > 2 {
			fail("bad fd " + arg)
		}
		var p [2]int
		if err := syscall.Pipe(p[:]); err != nil {
			fail("pipe: " + err.Error())
		}
		syscall.Close(p[0])
		files := []uintptr{0, 1, 2}
		files[fd] = uintptr(p[1])
		pid, err := syscall.ForkExec(prog, []string{prog}, &syscall.ProcAttr{Env: os.Environ(), Files: files})
		if err != nil {
			fail("fork/exec: " + err.Error())
		}
		syscall.Close(p[1])
		var ws syscall.WaitStatus
		if _, err := syscall.Wait4(pid, &ws, 0, nil); err != nil {
			fail("wait4: " + err.Error())
		}
		if ws.Signaled() {
			fmt.Printf("status %d\n", -int(ws.Signal()))
		} else {
			fmt.Printf("status %d\n", ws.ExitStatus())
		}
	default:
		fail("unknown mode " + mode)
	}
}

// sandbox prints the Seccomp, NoNewPrivs, CapEff and Uid lines of /proc/self/status.
func sandbox() {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		fail("read /proc/self/status: " + err.Error())
	}
	out := "sandbox"
	for _, l := range strings.Split(string(b), "\n") {
		k, v, _ := strings.Cut(l, ":")
		switch k {
		case "Seccomp", "NoNewPrivs", "CapEff":
			out += " " + k + "=" + strings.TrimSpace(v)
		case "Uid":
			out += " Uid=" + strings.Fields(v)[0]
		}
	}
	fmt.Println(out)
}

func setrlimit(resource int, bytes uint64) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(resource, &old); err != nil {
		fail("getrlimit: " + err.Error())
	}
	lim := syscall.Rlimit{Cur: bytes, Max: old.Max}
	if bytes > old.Max {
		fail(fmt.Sprintf("rlimit %d: %d is above the hard limit %d", resource, bytes, old.Max))
	}
	if resource == syscall.RLIMIT_AS {
		lim.Max = bytes
	}
	if err := syscall.Setrlimit(resource, &lim); err != nil {
		fail("setrlimit: " + err.Error())
	}
}

func exec(prog string, argv, env []string) {
	err := syscall.Exec(prog, argv, env)
	fmt.Printf("execve: %v\n", err)
	os.Exit(127)
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "launch: "+msg)
	os.Exit(125)
}

func uintptrOf(p *[4]uint64) uintptr { return uintptr(unsafe.Pointer(p)) }
