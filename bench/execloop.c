// execloop: wall time per exec of several binaries, interleaved one exec at a time.
//
//   execloop WARMUP RUNS OUT.tsv BINARY...
//
// Each round starts every binary once, in an order rotated by one each round, so a slow
// moment of a shared machine falls on all of them alike (hyperfine runs one command's runs
// back to back). One exec is timed like hyperfine -N times it: CLOCK_MONOTONIC from just
// before posix_spawn (glibc: clone(CLONE_VM|CLONE_VFORK) + execve) to just after waitpid
// returns. The binaries inherit execloop's environment (bench/run-bench starts it under
// `env -i`), their stdin, stdout and stderr are /dev/null. WARMUP rounds are not recorded.
// OUT.tsv gets one line per exec, warm-up included: binary index, round (negative in the
// warm-up), nanoseconds, and the raw wait status of that run. execloop checks nothing itself:
// bench/run-bench checks the status of every run (warm-up too) against the Go binary's, and
// the output of the same binary under the same environment in its checked runs; a run with
// another status is a failure and no figure comes from that loop.
// Exit status 1 when a binary cannot be started, 2 on a usage or output error.
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: execloop WARMUP RUNS OUT.tsv BINARY...\n");
        return 2;
    }
    int warmup = atoi(argv[1]), runs = atoi(argv[2]), n = argc - 4;
    char **bins = argv + 4;
    FILE *out = fopen(argv[3], "w");
    if (!out) {
        perror(argv[3]);
        return 2;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    for (int fd = 0; fd <= 2; fd++)
        posix_spawn_file_actions_addopen(&fa, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
    for (int round = 0; round < warmup + runs; round++) {
        for (int k = 0; k < n; k++) {
            int i = (k + round) % n;
            char *args[] = {bins[i], NULL};
            pid_t pid;
            int status;
            long long t0 = now_ns();
            if (posix_spawn(&pid, bins[i], &fa, NULL, args, environ) != 0) {
                perror(bins[i]);
                return 1;
            }
            if (waitpid(pid, &status, 0) != pid) {
                perror("waitpid");
                return 1;
            }
            long long dt = now_ns() - t0;
            fprintf(out, "%d\t%d\t%lld\t%d\n", i, round - warmup, dt, status);
        }
    }
    return fclose(out) == 0 ? 0 : 2;
}
