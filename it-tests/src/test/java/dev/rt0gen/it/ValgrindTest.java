package dev.rt0gen.it;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every corpus program (with each environment of its {@code runs} file) and every bench
 * program (with bench/run-bench's environment for it) runs under valgrind's callgrind to the
 * same exit status, stdout and stderr as the same rt0gen binary run natively. Valgrind's own
 * messages go to a log file ({@code -q --log-file}), so the program's stderr stays its own;
 * the log is shown when a run differs. Valgrind refuses some rt_sigaction calls (SIGRTMAX);
 * Go's sysSigaction ignores exactly those failures and so must the runtime. A corpus program
 * whose interleaving depends on the length of a time slice (its {@code nondeterministic} file,
 * or its {@value #CALLGRIND_TIME_SLICED} file where only a slice under callgrind nears
 * sysmon's 10 ms) must show the same exit status, stdout and words of stderr, in any order: under callgrind a
 * slice lasts some 50 times longer, and sysmon preempts goroutines that it does not natively.
 *
 * <p>Where goroutines run on several threads (GOMAXPROCS above 1), both runs get
 * {@code GODEBUG=asyncpreemptoff=1}: callgrind (3.19) aborts on its own assertion
 * ({@code threads.c:247 (vgCallgrind_post_signal): Assertion 'sigNum ==
 * vgCallgrind_current_state.sig' failed}) when sysmon's SIGURG reaches a thread of a program
 * with several running threads, and it aborts the same way under Go's own binaries (p119's,
 * tried). Preemption requests then still stop goroutines at their stack checks; with
 * GOMAXPROCS=1, in a program that does not raise it at run time, SIGURG is sent as always.
 *
 * <p>Valgrind is slow (a second or so per run, most of it its own start-up): the runs go
 * {@value #PARALLEL} at a time, and the total time is printed (not asserted).
 */
class ValgrindTest {
    static final int PARALLEL = 2;
    /**
     * A corpus program whose Go output does not vary, but whose order under callgrind depends
     * on how long a slice lasts there: the file says why (p53_fingorder).
     */
    static final String CALLGRIND_TIME_SLICED = "callgrind-time-sliced";
    private static final long TIMEOUT_SECONDS = 600;

    @TempDir
    static Path work;

    record Outcome(int exit, String stdout, String stderr) {
    }

    @TestFactory
    List<DynamicNode> underCallgrindAsNatively() throws Exception {
        Path valgrind = HostTool.require("valgrind", "valgrind");
        record Subject(String name, Path dir, List<Map<String, String>> envs, boolean timeSliced) {
        }
        List<Subject> subjects = new ArrayList<>();
        for (CorpusProgram p : CorpusProgram.all()) {
            subjects.add(new Subject("corpus/" + p.name(), p.dir(), p.runs(),
                    p.nondeterministic() != null || Files.isRegularFile(p.dir().resolve(CALLGRIND_TIME_SLICED))));
        }
        for (BenchProgram p : BenchProgram.all()) subjects.add(new Subject("bench/" + p.name(), p.dir(), List.of(p.env()), false));
        assertThat(subjects).isNotEmpty();

        long start = System.nanoTime();
        // Every binary is written before any process starts: a child forked while another
        // thread still has a binary open for writing would hold that descriptor until its
        // exec, and running the binary meanwhile fails with ETXTBSY.
        Map<String, Path> binaries = new java.util.HashMap<>();
        for (Subject s : subjects) {
            Path exe = work.resolve(s.name().replace('/', '-'));
            Rt0gen.build(s.dir(), exe);
            binaries.put(s.name(), exe);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<?>> all = new ArrayList<>();
        List<DynamicNode> nodes = new ArrayList<>();
        try {
            for (Subject s : subjects) {
                Path bin = binaries.get(s.name());
                List<DynamicTest> tests = new ArrayList<>();
                int i = 0;
                for (Map<String, String> runEnv : s.envs()) {
                    Map<String, String> env = forCallgrind(runEnv, setsGomaxprocs(s.dir()));
                    Path log = work.resolve(s.name().replace('/', '-') + "." + i++ + ".valgrind.log");
                    Future<Outcome[]> run = pool.submit(() ->
                            new Outcome[]{natively(bin, env), underValgrind(valgrind, bin, env, log)});
                    all.add(run);
                    tests.add(DynamicTest.dynamicTest(env.toString(), () -> {
                        Outcome[] o = run.get();
                        if (s.timeSliced()) {
                            // its interleaving depends on how long a time slice lasts (its
                            // nondeterministic or callgrind-time-sliced file): under callgrind slices last some 50 times
                            // longer, and sysmon preempts where it does not natively. The same
                            // events must happen, in any order.
                            assertThat(o[1].exit()).as("%s with %s under valgrind: exit", s.name(), env).isEqualTo(o[0].exit());
                            assertThat(o[1].stdout()).as("%s with %s under valgrind: stdout", s.name(), env).isEqualTo(o[0].stdout());
                            assertThat(words(o[1].stderr())).as("%s with %s under valgrind: the words of stderr, in any order",
                                    s.name(), env).isEqualTo(words(o[0].stderr()));
                            return;
                        }
                        assertThat(o[1]).as("%s with %s under valgrind --tool=callgrind, against natively; valgrind's log:%n%s",
                                s.name(), env, Files.exists(log) ? Files.readString(log) : "(none)").isEqualTo(o[0]);
                    }));
                }
                nodes.add(DynamicContainer.dynamicContainer(s.name(), tests));
            }
            nodes.add(DynamicTest.dynamicTest("total time (printed, not asserted)", () -> {
                for (Future<?> f : all) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        // reported by the program's own test
                    }
                }
                int runs = subjects.stream().mapToInt(s -> s.envs().size()).sum();
                System.out.printf("ValgrindTest: %d programs, %d runs under callgrind, %d at a time: %.1f s%n",
                        subjects.size(), runs, PARALLEL, (System.nanoTime() - start) / 1e9);
            }));
        } finally {
            pool.shutdown();
        }
        return nodes;
    }

    /**
     * env, with GODEBUG=asyncpreemptoff=1 added where goroutines run on several threads (see
     * above): GOMAXPROCS above 1, or a program that sets it at run time (setsGomaxprocs).
     */
    static Map<String, String> forCallgrind(Map<String, String> env, boolean setsGomaxprocs) {
        String procs = env.get("GOMAXPROCS");
        // Go ignores a GOMAXPROCS that is not a positive int32 (then: the CPU count)
        int n = procs != null && procs.matches("0*[1-9]\\d{0,8}") ? Integer.parseInt(procs) : Runtime.getRuntime().availableProcessors();
        if (n <= 1 && !setsGomaxprocs) return env;
        Map<String, String> e = new java.util.TreeMap<>(env);
        String godebug = env.get("GODEBUG");
        e.put("GODEBUG", godebug == null || godebug.isEmpty() ? "asyncpreemptoff=1" : godebug + ",asyncpreemptoff=1");
        return e;
    }

    /** Whether a Go file of dir calls runtime.GOMAXPROCS with another argument than 0 (p119 raises it to 3). */
    static boolean setsGomaxprocs(Path dir) throws java.io.IOException {
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("GOMAXPROCS\\((?!0\\))");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".go")).toList()) {
                if (call.matcher(Files.readString(f)).find()) return true;
            }
        }
        return false;
    }

    private static Outcome natively(Path bin, Map<String, String> env) throws Exception {
        Runner.RunResult r = new NativeRunner().run(bin, List.of(), env, Runner.Limits.NONE);
        return new Outcome(r.exitCode(), utf8(r.stdout()), utf8(r.stderr()));
    }

    /** One run under callgrind with exactly {@code env} (nothing inherited), valgrind's messages in {@code log}. */
    private static Outcome underValgrind(Path valgrind, Path bin, Map<String, String> env, Path log) throws Exception {
        Runner callgrind = new NativeRunner(List.of(valgrind.toString(), "-q", "--tool=callgrind",
                "--callgrind-out-file=/dev/null", "--log-file=" + log), TIMEOUT_SECONDS);
        Runner.RunResult r = callgrind.run(bin, List.of(), env, Runner.Limits.NONE);
        return new Outcome(r.exitCode(), utf8(r.stdout()), utf8(r.stderr()));
    }

    /** The whitespace-separated words of s, sorted. */
    private static List<String> words(String s) {
        return java.util.Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty()).sorted().toList();
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
