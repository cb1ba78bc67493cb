package dev.rt0gen.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code make bench} (bench/run-bench) reports a figure only from runs it checked: every measured
 * run of a binary must give the Go binary's exit status, stdout and stderr. Fed a program whose
 * "rt0gen binary" behaves like Go's hello in a plain run, in the wall-time loops and under
 * {@code /usr/bin/time}, but differently when it is traced (strace, bench/peakrss) or run by
 * valgrind (callgrind), run-bench must exit 1, name each failed measurement, and give no figure
 * of those measurements for that binary. The same quick run with rt0gen's real binary passes
 * (exit 0, no failure): the failures come from the broken binary, not from the harness.
 * Output goes to a temporary file (--out), never the repository's BENCHMARKS.md.
 */
class BenchCheckTest {
    @TempDir
    static Path work;
    static Path programs;

    /**
     * Go's hello, as a dash script, except under measurement: under ptrace its TracerPid is not 0
     * (strace, bench/peakrss), under valgrind LD_PRELOAD names valgrind's preload library. Only
     * shell built-ins: run-bench runs every binary with an empty environment.
     */
    static final String BROKEN = """
            #!/bin/sh
            while read -r key value; do
              if [ "$key" = TracerPid: ] && [ "$value" != 0 ]; then
                echo "fatal error: traced" >&2
                exit 3
              fi
            done < /proc/self/status
            case "$LD_PRELOAD" in
              *vgpreload*) echo "fatal error: under valgrind" >&2; exit 3 ;;
            esac
            echo "hello, world" >&2
            """;

    @BeforeAll
    static void program() throws Exception {
        programs = work.resolve("programs");
        Path hello = programs.resolve("hello");
        Files.createDirectories(hello);
        Files.writeString(hello.resolve("go.mod"), "module example.com/bench/hello\n\ngo 1.21\n");
        Files.writeString(hello.resolve("main.go"), "package main\n\nfunc main() {\n\tprintln(\"hello, world\")\n}\n");
    }

    private static Host.Result runBench(Path out, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Repo.root().resolve("bench/run-bench").toString(), "--quick",
                "--programs", programs.toString(), "--out", out.toString()));
        cmd.addAll(List.of(extra));
        Host.Result r = Host.run(cmd);
        assertThat(r.exit()).as("run-bench stopped on a missing or failing tool (exit 2):\n" + r.stderr())
                .isNotEqualTo(2);
        return r;
    }

    @Test
    void aBinaryThatBehavesDifferentlyUnderMeasurementFailsTheBenchAndGetsNoFigure() throws Exception {
        Path broken = work.resolve("broken-hello");
        Files.writeString(broken, BROKEN);
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path out = work.resolve("broken").resolve("BENCHMARKS.md");
        Files.createDirectories(out.getParent());

        Host.Result r = runBench(out, "--binary", "hello:rt0gen=" + broken);

        assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr())
                .contains("FAILED CHECK: hello/rt0gen under callgrind: exit 3 (expected exit 0)")
                .contains("FAILED CHECK: hello/rt0gen under strace: exit 3 (expected exit 0)")
                .contains("FAILED CHECK: hello/rt0gen under peak RSS: exit 3 (expected exit 0)")
                .doesNotContain("FAILED CHECK: hello/go")
                .doesNotContain("FAILED CHECK: hello/floor");
        String md = Files.readString(out);
        assertThat(md).doesNotContain("Failures: none")
                .contains("| hello | rt0gen | callgrind | exit 3 (expected exit 0); stderr 'fatal error: under valgrind'")
                .contains("| hello | rt0gen | strace | exit 3 (expected exit 0); stderr 'fatal error: traced'")
                .contains("| hello | rt0gen | peak RSS | exit 3 (expected exit 0); stderr 'fatal error: traced'");
        // No figure from a failed measurement: rt0gen's cell reads "fails", Go's and the floor's are figures.
        assertThat(row(md, "User-space instructions per run", "hello")).startsWith("| hello | **fails** | ");
        assertThat(row(md, "Peak RSS (kB)", "hello")).startsWith("| hello | **fails** | ");
        assertThat(row(md, "Syscalls", "hello")).startsWith("| hello | **fails** | ");
        assertThat(row(md, "Threads created", "hello")).startsWith("| hello | **fails** | ");
        assertThat(row(md, "Peak RSS (kB)", "hello")).matches("\\| hello \\| \\*\\*fails\\*\\* \\| [\\d,]+ \\(.*");
        // Plain run, wall-time loops and /usr/bin/time behave as Go's: figures, checked.
        assertThat(md).contains("| hello | same as Go |");
        assertThat(row(md, "Page faults", "hello")).matches("\\| hello \\| [\\d,]+ \\| [\\d,]+ \\| [\\d,]+ \\|.*");
        assertThat(Files.exists(out.resolveSibling("BENCHMARKS.raw/results.json"))).isTrue();
    }

    @Test
    void theSameQuickRunWithRt0gensOwnBinaryPasses() throws Exception {
        Path out = work.resolve("real").resolve("BENCHMARKS.md");
        Files.createDirectories(out.getParent());

        Host.Result r = runBench(out);

        assertThat(r.exit()).as(r.stderr()).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("Failures: none. Every measured run passed its check.");
        assertThat(row(md, "User-space instructions per run", "hello")).matches("\\| hello \\| [\\d,]+ \\[.*");
        assertThat(row(md, "Peak RSS (kB)", "hello")).matches("\\| hello \\| [\\d,]+ \\(.*");
    }

    /** The row of a program in the table under the heading "## TITLE...". */
    private static String row(String md, String title, String program) {
        int at = md.indexOf("## " + title);
        assertThat(at).as("section " + title).isNotNegative();
        int end = md.indexOf("\n## ", at + 3);
        String section = md.substring(at, end < 0 ? md.length() : end);
        return section.lines().filter(l -> l.startsWith("| " + program + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + program + " in " + title + ":\n" + section));
    }
}
