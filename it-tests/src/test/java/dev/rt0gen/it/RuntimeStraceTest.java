package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strace -f} of a goroutine program: arch_prctl(ARCH_SET_FS) (settls), sched_getaffinity
 * (osinit's getproccount), no system call for a goroutine's stack (2 KiB from the runtime's own
 * memory: stack.go), one clone, for sysmon's M, and {@code exit_group(0)}; with more Ps, one
 * more clone per P that runs goroutines at once. The CPU cgroup's files are read only when the
 * limit can change GOMAXPROCS.
 */
class RuntimeStraceTest {
    @TempDir
    static Path work;
    static Comparison.Builds go121;
    static Comparison.Builds go126;
    static Comparison.Builds probe121;
    static Comparison.Builds probe126;
    static Comparison.Builds parallel;
    static Comparison.Builds locked;

    static final String PROGRAM = """
            package main

            import "runtime"

            func worker(id int) {
            	println("worker", id)
            }

            func main() {
            	for i := 0; i < 5; i++ {
            		go worker(i)
            	}
            	runtime.Gosched()
            	go worker(5)
            	runtime.Gosched()
            	println("main done", runtime.NumGoroutine())
            }
            """;

    /** Three goroutines that each compute for a while (about 0.1 s), joined with a WaitGroup. */
    static final String PARALLEL = """
            package main

            import "sync"

            func spin(n int) int {
            	s := 0
            	for i := 0; i < n; i++ {
            		s += i % 7
            	}
            	return s
            }

            func main() {
            	var wg sync.WaitGroup
            	sums := make([]int, 3)
            	for w := 0; w < 3; w++ {
            		wg.Add(1)
            		go func(w int) {
            			defer wg.Done()
            			sums[w] = spin(50000000 + w)
            		}(w)
            	}
            	wg.Wait()
            	println(sums[0], sums[1], sums[2])
            }
            """;

    /**
     * main locks itself to its thread and waits for a goroutine; a second goroutine locks itself
     * and ends while locked; main waits 50 ms more, so that the second's thread has ended.
     */
    static final String LOCKED = """
            package main

            import (
            	"runtime"
            	"time"
            )

            func main() {
            	runtime.LockOSThread()
            	println("main 1")
            	done := make(chan bool)
            	go func() {
            		println("worker")
            		done <- true
            	}()
            	<-done
            	println("main 2")
            	go func() {
            		runtime.LockOSThread()
            		println("locked worker")
            		done <- true
            	}()
            	<-done
            	time.Sleep(50 * time.Millisecond)
            	println("main 3")
            }
            """;

    @BeforeAll
    static void build() throws Exception {
        parallel = Probe.build(work, "straceparallel", "1.21", Map.of("main.go", PARALLEL));
        locked = Probe.build(work, "stracelocked", "1.21", Map.of("main.go", LOCKED));
        go121 = Probe.build(work, "strace121", "1.21", Map.of("main.go", PROGRAM));
        go126 = Probe.build(work, "strace126", "1.26", Map.of("main.go", PROGRAM));
        probe121 = Probe.build(work, "straceprobe121", "1.21", Map.of("main.go", GomaxprocsTest.PROBE));
        probe126 = Probe.build(work, "straceprobe126", "1.26", Map.of("main.go", GomaxprocsTest.PROBE));
    }

    private static List<String> strace(Path bin) throws Exception {
        return strace(bin, "GOMAXPROCS=1");
    }

    private static List<String> strace(Path bin, String... env) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("strace", "-f", "env", "-i"));
        cmd.addAll(List.of(env));
        cmd.add(bin.toString());
        Host.Result r = Host.run(cmd);
        assertThat(r.exit()).as(r.stderr()).isZero();
        List<String> lines = r.stderr().lines().toList();
        int exec = 0;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("execve(\"" + bin)) exec = i;
        return lines.subList(exec, lines.size());
    }

    @Test
    void noSystemCallPerGoroutineOneCloneForSysmonAndExitGroupZero() throws Exception {
        List<String> lines = strace(go121.rt0gen());
        int tls = index(lines, "arch_prctl(ARCH_SET_FS, ");
        int affinity = index(lines, "sched_getaffinity(0, ");
        assertThat(tls).isGreaterThan(0);
        assertThat(affinity).isGreaterThan(tls);
        // one mapping: the heap's address space (mheap.go's mheapinit: the page table and the
        // arena, without reserve), from which the goroutines' 2 KiB stacks come too
        assertThat(lines).filteredOn(l -> l.contains("mmap(")).singleElement().asString()
                .startsWith("mmap(NULL, ").contains("PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0)");
        assertThat(lines).noneMatch(l -> l.contains("mprotect(") || l.contains("munmap("));
        // runtime.main's newm(sysmon): one thread, made as Go makes its Ms: every signal blocked
        // around the clone, Go's flags, the M's TLS
        List<String> clones = lines.stream().filter(l -> l.startsWith("clone(")).toList();
        assertThat(clones).hasSize(1);
        assertThat(clones.get(0)).startsWith("clone(child_stack=0x")
                .contains("flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS");
        int clone = lines.indexOf(clones.get(0));
        assertThat(lines.get(clone - 1)).startsWith("rt_sigprocmask(SIG_SETMASK, ~[], ");
        assertThat(lines).noneMatch(l -> l.contains("clone3"));
        // strace splits a call that the other thread's interrupts: "exit_group(0 <unfinished ...>"
        assertThat(lines).anyMatch(l -> l.matches("(\\[pid +\\d+\\] )?exit_group\\(0[) ].*"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("+++ exited with 0 +++");
        assertThat(lines).filteredOn(l -> l.contains("write(2, \"worker")).hasSize(6);
    }

    /** In a go 1.26 module runtime.main also starts Go's GOMAXPROCS updater goroutine: still the heap's one mapping. */
    @Test
    void aGo126ModuleHasTheUpdaterGoroutineToo() throws Exception {
        List<String> lines = strace(go126.rt0gen());
        assertThat(lines).filteredOn(l -> l.contains("mmap(")).hasSize(1);
        assertThat(lines).noneMatch(l -> l.contains("mprotect("));
        Probe.Run go = Probe.run(go126.go(), Map.of("GOMAXPROCS", "1"));
        Probe.Run rt = Probe.run(go126.rt0gen(), Map.of("GOMAXPROCS", "1"));
        assertThat(rt.stderr()).isEqualTo(go.stderr());
    }

    /**
     * Go reads the CPU cgroup's limit at every start; rt0gen's runtime only when it can change
     * GOMAXPROCS (containermaxprocs on, no valid GOMAXPROCS, more than 2 CPUs: Go never goes below
     * 2 for a limit), or when RT0TRACE=1 asks to show it. GomaxprocsTest checks the value chosen.
     */
    @Test
    void theCgroupIsReadOnlyWhenItCanChangeGomaxprocs() throws Exception {
        String cgroup = "openat(AT_FDCWD, \"/proc/self/cgroup\"";
        // GOMAXPROCS set: the limit cannot matter
        assertThat(strace(go126.rt0gen(), "GOMAXPROCS=1")).noneMatch(l -> l.startsWith(cgroup));
        // a go 1.21 module: containermaxprocs=0
        assertThat(strace(go121.rt0gen())).noneMatch(l -> l.startsWith(cgroup));
        // RT0TRACE=1 shows the limit, so reads it
        assertThat(strace(go126.rt0gen(), "RT0TRACE=1")).anyMatch(l -> l.startsWith(cgroup));
        // otherwise: read when the affinity mask has more than 2 CPUs (nproc counts it, as osinit).
        // This host shows one branch only; theCgroupIsReadWithMoreThanTwoCpus fakes the count for both.
        Host.Result nproc = Host.run(List.of("nproc"));
        int ncpu = Integer.parseInt(nproc.stdout().strip());
        assertThat(strace(go126.rt0gen()).stream().anyMatch(l -> l.startsWith(cgroup)))
                .as("cgroup read with this host's %d CPUs (the %s branch)", ncpu, ncpu > 2 ? "read" : "not read").isEqualTo(ncpu > 2);
    }

    /**
     * Both branches whatever the host: under {@link FakeCpus} (a ptrace tracer, which also lists the files
     * the program opens, as strace would) 8 CPUs make the cgroup matter, so it is read; 2 CPUs
     * (Go's floor), a set GOMAXPROCS or a go 1.21 module make it not matter, so it is not.
     */
    @Test
    void theCgroupIsReadWithMoreThanTwoCpus() throws Exception {
        String cgroup = "openat /proc/self/cgroup";
        FakeCpus.Run eight = FakeCpus.run(work, probe126.rt0gen(), 8, null, Map.of(), true);
        assertThat(eight.stderr()).isEqualTo("GOMAXPROCS 8\nNumCPU 8\n");
        assertThat(eight.output().lines()).as("8 CPUs").contains(cgroup, "openat /proc/self/mountinfo");
        FakeCpus.Run two = FakeCpus.run(work, probe126.rt0gen(), 2, null, Map.of(), true);
        assertThat(two.stderr()).isEqualTo("GOMAXPROCS 2\nNumCPU 2\n");
        assertThat(two.output().lines()).as("2 CPUs").doesNotContain(cgroup);
        FakeCpus.Run set = FakeCpus.run(work, probe126.rt0gen(), 8, null, Map.of("GOMAXPROCS", "3"), true);
        assertThat(set.stderr()).isEqualTo("GOMAXPROCS 3\nNumCPU 8\n");
        assertThat(set.output().lines()).as("8 CPUs, GOMAXPROCS=3").doesNotContain(cgroup);
        FakeCpus.Run old = FakeCpus.run(work, probe121.rt0gen(), 8, null, Map.of(), true);
        assertThat(old.stderr()).isEqualTo("GOMAXPROCS 8\nNumCPU 8\n");
        assertThat(old.output().lines()).as("8 CPUs, go 1.21").doesNotContain(cgroup);
        // the same fake makes Go's binary read it too (Go reads it at every start, whatever the count)
        assertThat(FakeCpus.run(work, probe126.go(), 8, null, Map.of(), true).output().lines()).contains(cgroup);
    }

    /**
     * With GOMAXPROCS=3 and three goroutines that compute at once, each of the two idle Ps gets an
     * M (wakep, startm, newm): two more clones than sysmon's, made as Go makes its Ms (every
     * signal blocked around the clone, Go's flags), and each new M's minit gives its thread a
     * signal stack of its own (sigaltstack: m0's and theirs, not sysmon's, which keeps every
     * signal blocked). Three clones exactly: an M that finds no work sleeps, and is woken again
     * rather than a new one made.
     */
    @Test
    void oneThreadPerRunningP() throws Exception {
        for (int run = 0; run < 3; run++) {
            List<String> lines = strace(parallel.rt0gen(), "GOMAXPROCS=3");
            List<String> clones = lines.stream().filter(l -> l.matches("(\\[pid +\\d+\\] )?clone\\(.*")).toList();
            assertThat(clones).as(String.join("\n", lines)).hasSize(3);
            assertThat(clones).allMatch(l -> l.contains("flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS"));
            assertThat(lines).filteredOn(l -> l.matches("(\\[pid +\\d+\\] )?rt_sigprocmask\\(SIG_SETMASK, ~\\[\\], .*")).hasSize(3);
            assertThat(lines).filteredOn(l -> l.matches("(\\[pid +\\d+\\] )?sigaltstack\\(\\{ss_sp=.*")).hasSize(3);
            assertThat(lines).anyMatch(l -> l.matches("(\\[pid +\\d+\\] )?exit_group\\(0[) ].*"));
        }
        Probe.Run go = Probe.run(parallel.go(), Map.of("GOMAXPROCS", "3"));
        Probe.Run rt = Probe.run(parallel.rt0gen(), Map.of("GOMAXPROCS", "3"));
        assertThat(rt.stderr()).isEqualTo(go.stderr()).isNotEmpty();
    }

    /**
     * GODEBUG=schedtrace=10: sysmon prints Go's SCHED line every 10 ms, from the first (0ms), with a
     * run-queue length and a schedtick per P, in the format of Go's binary of the same program.
     */
    @Test
    void schedtracePrintsGosLines() throws Exception {
        String line = "SCHED \\d+ms: gomaxprocs=3 idleprocs=[0-3] threads=\\d+ spinningthreads=\\d+ needspinning=[01]"
                + " idlethreads=\\d+ runqueue=\\d+ \\[ \\d+ \\d+ \\d+ \\] schedticks=\\[ \\d+ \\d+ \\d+ \\]";
        for (Path bin : List.of(parallel.go(), parallel.rt0gen())) {
            Probe.Run r = Probe.run(bin, Map.of("GOMAXPROCS", "3", "GODEBUG", "schedtrace=10"));
            assertThat(r.exit()).isZero();
            List<String> sched = r.stderr().lines().filter(l -> l.startsWith("SCHED ")).toList();
            assertThat(sched).as("%s: %s", bin, r.stderr()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.matches(line));
            assertThat(sched.get(0)).startsWith("SCHED 0ms: ");
            assertThat(r.stderr().lines().filter(l -> !l.startsWith("SCHED ")).toList())
                    .isEqualTo(Probe.run(parallel.go(), Map.of("GOMAXPROCS", "3")).stderr().lines().toList());
        }
    }

    /**
     * LockOSThread, with GOMAXPROCS=1, in Go's binary and rt0gen's alike ({@code strace -ff}: a
     * file per thread): main, locked to the main thread, prints there every time, while the
     * goroutine it waits for runs on another thread (main's thread hands its P on, and gets it
     * back when main is runnable again); a goroutine that ends locked ends its thread
     * ({@code exit(0)}, not exit_group), which printed "locked worker"; the main thread ends the
     * process with exit_group(0).
     */
    @Test
    void lockOSThreadKeepsMainOnItsThreadAndALockedGoroutineEndsItsThread() throws Exception {
        for (Path bin : List.of(locked.go(), locked.rt0gen())) {
            Path dir = java.nio.file.Files.createTempDirectory(work, "ff");
            Host.Result r = Host.run(List.of("strace", "-ff", "-o", dir.resolve("t").toString(), "env", "-i", "GOMAXPROCS=1", bin.toString()));
            assertThat(r.exit()).as(r.stderr()).isZero();
            Map<String, String> threads = new java.util.TreeMap<>();
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path f : files.toList()) threads.put(f.getFileName().toString(), java.nio.file.Files.readString(f));
            }
            String main = threads.entrySet().stream().filter(e -> e.getValue().contains("execve(\"" + bin))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            java.util.function.Function<String, String> writer = text -> threads.entrySet().stream()
                    .filter(e -> e.getValue().contains("write(2, \"" + text)).map(Map.Entry::getKey)
                    .reduce((a, b) -> a + "," + b).orElse("none");
            assertThat(List.of(writer.apply("main 1"), writer.apply("main 2"), writer.apply("main 3")))
                    .as("%s: main's thread", bin).containsOnly(main);
            assertThat(writer.apply("worker")).as("%s: the worker's thread", bin).isNotIn(main, "none").doesNotContain(",");
            String lockedWorker = writer.apply("locked worker");
            assertThat(lockedWorker).as("%s: the locked worker's thread", bin).isNotIn(main, "none").doesNotContain(",");
            assertThat(threads.get(lockedWorker)).as("%s: the locked worker's thread ends", bin).containsPattern("(?m)^exit\\(0\\)");
            assertThat(threads.get(main)).containsPattern("(?m)^exit_group\\(0\\)");
            assertThat(r.stderr()).contains("main 1\nworker\nmain 2\nlocked worker\nmain 3\n");
        }
    }

    private static int index(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        return -1;
    }
}
