#!/usr/bin/env python3
"""Starts a program the way FaultsTest needs and that Java's ProcessBuilder cannot:

  launch.py closed-pipe FD PROG   PROG with fd FD (1 or 2) the write end of a pipe whose
                                  read end is already closed (every write: EPIPE + SIGPIPE)
  launch.py exec MODE PROG        execve(2) called directly (through libc, so that an empty
                                  argv is possible), MODE one of:
      empty     no environment at all (env -i)
      argc0     argv = [] (argc == 0), environment K=v
      manyenv   100,000 environment variables, with duplicates and entries without '='
      bigargs   8 arguments of 131,071 bytes each (1 MiB in all; Linux's MAX_ARG_STRLEN
                is 128 KiB per string, so 1 MiB cannot be one argument)
      hugearg   one argument of 1 MiB: the kernel refuses it (E2BIG) before the program runs

The last line on stdout is "status N" (N as Python's waitstatus_to_exitcode: the exit status,
or minus the signal that killed the program) or "execve: ERRNO-NAME". The program's own
stdout and stderr pass through.
"""
import ctypes
import errno
import os
import resource
import sys


def cvec(items):
    arr = (ctypes.c_char_p * (len(items) + 1))()
    for i, s in enumerate(items):
        arr[i] = s.encode()
    arr[len(items)] = None
    return arr


def run_exec(mode, prog):
    argv, env = [prog], []
    if mode == "empty":
        pass
    elif mode == "argc0":
        argv, env = [], ["K=v"]
    elif mode == "manyenv":
        env = ["K=first", "NOEQUALS", "=novalue", "DUP=one"]
        env += ["E%d=%d" % (i, i) for i in range(100000)]
        env += ["DUP=two", "LAST=last"]
    elif mode == "bigargs":
        argv = [prog] + [chr(ord("a") + i) * (128 * 1024 - 1) for i in range(8)]
        env = ["K=v"]
    elif mode == "hugearg":
        argv, env = [prog, "a" * (1 << 20)], ["K=v"]
    else:
        sys.exit("unknown mode " + mode)
    libc = ctypes.CDLL(None, use_errno=True)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        # ARG_MAX is a quarter of the stack limit: room for 100,000 variables.
        resource.setrlimit(resource.RLIMIT_STACK, (64 << 20, 64 << 20))
        libc.execve(prog.encode(), cvec(argv), cvec(env))
        os.write(1, ("execve: %s\n" % errno.errorcode[ctypes.get_errno()]).encode())
        os._exit(127)
    _, st = os.waitpid(pid, 0)
    if os.WIFEXITED(st) and os.WEXITSTATUS(st) == 127:
        return
    print("status", os.waitstatus_to_exitcode(st))


def run_closed_pipe(fd, prog):
    r, w = os.pipe()
    os.close(r)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.dup2(w, fd)
        os.execv(prog, [prog])
    os.close(w)
    _, st = os.waitpid(pid, 0)
    print("status", os.waitstatus_to_exitcode(st))


if __name__ == "__main__":
    # Python ignores SIGPIPE itself; the programs must start with the default action.
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if sys.argv[1] == "closed-pipe":
        run_closed_pipe(int(sys.argv[2]), sys.argv[3])
    else:
        run_exec(sys.argv[2], sys.argv[3])
