package dev.rt0gen.api;

import dev.rt0gen.source.CompileException;
import dev.rt0gen.testing.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reproducible builds: the same source gives the same bytes whatever directory it sits in,
 * whatever the locale, time zone or user, and however many builds run at once. Every
 * it-tests/corpus program is compiled where it is (the reference) and compared byte for byte
 * with its builds elsewhere.
 */
class ReproducibleBuildTest {
    /** A directory name a shell and an encoder both have to get right. */
    static final String ODD = "dir with spaces, ünïcödé and 路径";

    private static final Map<String, byte[]> REFERENCE = new ConcurrentHashMap<>();

    static List<Path> corpus() {
        return Corpora.corpus();
    }

    /** The program's bytes, compiled in place, once per test run. */
    static byte[] reference(Path program) {
        return REFERENCE.computeIfAbsent(program.getFileName().toString(), k -> {
            try {
                return Rt0gen.compile(program);
            } catch (Exception e) {
                throw new AssertionError("the corpus program " + program + " does not compile: " + e.getMessage(), e);
            }
        });
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        }
    }

    @Test
    void sameBytesInAnotherDirectoryWithSpacesAndNonAsciiCharacters(@TempDir Path tmp) throws Exception {
        for (Path program : corpus()) {
            Path copy = tmp.resolve(ODD).resolve("ünï " + program.getFileName());
            copyTree(program, copy);
            Path out = tmp.resolve("out ü").resolve(program.getFileName().toString());
            Rt0gen.build(copy, out);
            assertThat(Files.readAllBytes(out)).as("%s built in %s", program.getFileName(), copy)
                    .isEqualTo(reference(program));
        }
    }

    @Test
    void sameBytesAndSameErrorsFromEightThreadsAtOnce(@TempDir Path tmp) throws Exception {
        List<Path> programs = corpus().subList(0, 6);
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("main.go"), "package main\n\nfunc main() {\n\tx := \"a\" + 1\n\tprintln(y)\n}\n");
        String badErrors = errors(bad);
        assertThat(badErrors).contains("main.go:4:").contains("main.go:5:10: undefined: y");
        for (Path p : programs) reference(p);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(threads);
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shift = t;
                results.add(pool.submit(() -> {
                    start.countDown();
                    start.await();   // every thread starts compiling at the same moment
                    Map<String, Object> got = new HashMap<>();
                    for (int i = 0; i < programs.size(); i++) {
                        Path p = programs.get((i + shift) % programs.size());
                        got.put(p.getFileName().toString(), Rt0gen.compile(p));
                        if (i == shift % programs.size()) got.put("bad", errors(bad));
                    }
                    return got;
                }));
            }
            for (Future<Map<String, Object>> f : results) {
                Map<String, Object> got = f.get();
                for (Path p : programs) {
                    assertThat((byte[]) got.get(p.getFileName().toString())).as("%s", p.getFileName()).isEqualTo(reference(p));
                }
                assertThat(got.get("bad")).isEqualTo(badErrors);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String errors(Path program) throws Exception {
        try {
            Rt0gen.compile(program);
        } catch (CompileException e) {
            return e.diagnostics().stream().map(Object::toString).reduce("", (a, b) -> a + b + "\n");
        }
        throw new AssertionError(program + " compiled");
    }

    /**
     * Another JVM, as a user in Turkey (where "I".toLowerCase() is "ı") half a world away
     * would run it: Turkish default locale, a time zone 45 minutes off the hour, another user
     * name and home directory, the system's time read nowhere. It builds every corpus program
     * through the API, and one through the CLI, into a directory with spaces and non-ASCII
     * characters.
     */
    @Test
    void sameBytesUnderAnotherLocaleTimeZoneAndUser(@TempDir Path tmp) throws Exception {
        List<Path> programs = corpus();
        Path outDir = tmp.resolve(ODD);
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Asia/Kathmandu",
                "-Duser.name=nobody", "-Duser.home=" + tmp.resolve("home nobody"),
                "-Drt0gen.keystone.lib=" + keystoneLib(),
                "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), outDir.toString()));
        for (Path p : programs) cmd.add(p.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TZ", "Pacific/Chatham");
        pb.environment().put("LC_ALL", "C.UTF-8");   // UTF-8 file names; the JVM's locale is Turkish
        Process proc = pb.start();
        String log = new String(proc.getInputStream().readAllBytes());
        assertThat(proc.waitFor()).as("the child JVM's output:\n%s", log).isZero();
        assertThat(log).contains("locale tr_TR, zone Asia/Kathmandu, user nobody");
        for (Path p : programs) {
            assertThat(Files.readAllBytes(outDir.resolve(p.getFileName().toString())))
                    .as("%s built under tr_TR", p.getFileName()).isEqualTo(reference(p));
        }
        assertThat(Files.readAllBytes(outDir.resolve("cli ü"))).isEqualTo(reference(programs.get(0)));
    }

    private static String keystoneLib() {
        String lib = System.getProperty("rt0gen.keystone.lib");
        if (lib == null || lib.isBlank()) lib = System.getenv("RT0GEN_KEYSTONE_LIB");
        if (lib == null || lib.isBlank()) lib = dev.rt0gen.asm.Keystone.cachePath().toString();
        return lib;
    }

    /** The child JVM: {@code OUTDIR PROGRAM...}; each program to OUTDIR/its name, the first also via the CLI. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            System.out.println("locale " + Locale.getDefault() + ", zone " + TimeZone.getDefault().getID()
                    + ", user " + System.getProperty("user.name"));
            Path outDir = Path.of(args[0]);
            for (int i = 1; i < args.length; i++) {
                Path p = Path.of(args[i]);
                Rt0gen.build(p, outDir.resolve(p.getFileName().toString()));
            }
            int rc = dev.rt0gen.cli.Main.run("build", "-o", outDir.resolve("cli ü").toString(), args[1]);
            System.exit(rc);
        }
    }
}
