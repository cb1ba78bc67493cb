// peakrss: the peak resident set size of a program's own address space, read at its exit.
//
//   peakrss STDOUT-FILE STDERR-FILE BINARY [ARG...]
//
// /usr/bin/time -v cannot measure this: it reports the rusage maxrss, which the kernel sets at
// execve to at least the high-water mark of the address space being replaced (time's own
// forked copy, some 450 kB), so no small program reads below that. Here the program's own
// mm is read instead: fork; the child redirects stdin from /dev/null and stdout and stderr to
// the two files, calls PTRACE_TRACEME and execs BINARY (with peakrss's environment:
// bench/run-bench starts it under `env -i`). The parent sets PTRACE_O_TRACEEXIT (and
// PTRACE_O_EXITKILL) at the exec stop, lets the program run, passing every signal on
// unchanged (only the first thread is traced, so Go's other threads run untouched), and at the
// exit event of that thread, before the kernel releases the address space, reads VmHWM from
// /proc/PID/status. Then it lets the program finish and prints one line:
//
//   status=RAW exit=CODE signal=SIG vmhwm_kb=KB
//
// (exit -1 when the program was killed by a signal, signal 0 when it exited; vmhwm_kb -1 when
// no exit event was seen). bench/run-bench compares the exit status and both files with the
// Go binary's, so this run is checked like every other measured run.
// Exit status: 0 when the program ran (whatever its own status), 2 on peakrss's own errors.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static long vmhwm(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kb = strtol(line + 6, NULL, 10);
    fclose(f);
    return kb;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: peakrss STDOUT-FILE STDERR-FILE BINARY [ARG...]\n");
        return 2;
    }
    int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int in = open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) {
        perror("peakrss: open");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("peakrss: fork");
        return 2;
    }
    if (pid == 0) {
        if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(127);
        close(in), close(out), close(err);
        if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0) _exit(127);
        execve(argv[3], argv + 3, environ);
        dprintf(2, "peakrss: cannot exec %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    close(in), close(out), close(err);
    int status;
    long kb = -1;
    int first = 1;
    for (;;) {
        if (waitpid(pid, &status, 0) != pid) {
            perror("peakrss: waitpid");
            return 2;
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) break;
        if (!WIFSTOPPED(status)) continue;
        int sig = WSTOPSIG(status);
        if (first && sig == SIGTRAP) { // the stop after execve
            first = 0;
            if (ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)(PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL)) != 0) {
                perror("peakrss: PTRACE_SETOPTIONS");
                return 2;
            }
            sig = 0;
        } else if (sig == SIGTRAP && (status >> 16) == PTRACE_EVENT_EXIT) {
            kb = vmhwm(pid);
            sig = 0;
        }
        ptrace(PTRACE_CONT, pid, NULL, (void *)(long)sig);
    }
    printf("status=%d exit=%d signal=%d vmhwm_kb=%ld\n", status, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
           WIFSIGNALED(status) ? WTERMSIG(status) : 0, kb);
    return 0;
}
