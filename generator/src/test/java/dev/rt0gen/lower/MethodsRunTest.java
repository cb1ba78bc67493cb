package dev.rt0gen.lower;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.RunsFile;
import dev.rt0gen.testing.Corpora;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus programs of methods and interfaces (which LowerTest's interpreter does not run:
 * their values live in heap objects), built by rt0gen and run natively, each environment of
 * their runs file: stderr and exit status as go1.26.8's binary's, recorded in
 * resources/dev/rt0gen/lower/native/PROGRAM/N.stderr and N.exit (a panicking run's stderr
 * cut after "goroutine N [running]:", where Go's stack frames start), and nothing on stdout.
 */
class MethodsRunTest {
    static final Path EXPECTED = Path.of("src/test/resources/dev/rt0gen/lower/native");
    static final List<String> PROGRAMS = List.of("p70_methods", "p71_embedding", "p72_interfaces", "p73_typeswitch", "p74_ifacepanic");

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> runAsGoDoes() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : PROGRAMS) {
            Path prog = Corpora.corpusRoot().resolve(name);
            List<Map<String, String>> runs = RunsFile.read(prog);
            try (var recorded = Files.list(EXPECTED.resolve(name))) {
                assertThat(recorded.filter(p -> p.toString().endsWith(".exit")).count()).as(name + ": a recorded output per run").isEqualTo(runs.size());
            }
            for (int i = 0; i < runs.size(); i++) {
                int run = i;
                Map<String, String> env = runs.get(i);
                tests.add(DynamicTest.dynamicTest(name + " " + env, () -> {
                    Path bin = dir.resolve(name);
                    if (!Files.exists(bin)) {
                        Files.write(bin, Rt0gen.compile(prog));
                        assertThat(bin.toFile().setExecutable(true)).isTrue();
                    }
                    ProcessBuilder pb = new ProcessBuilder(bin.toString());
                    pb.environment().clear();
                    pb.environment().putAll(env);
                    File out = dir.resolve(name + run + ".out").toFile(), err = dir.resolve(name + run + ".err").toFile();
                    pb.redirectOutput(out).redirectError(err);
                    Process p = pb.start();
                    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
                    String want = Files.readString(EXPECTED.resolve(name).resolve(run + ".stderr"), StandardCharsets.ISO_8859_1);
                    int wantExit = Integer.parseInt(Files.readString(EXPECTED.resolve(name).resolve(run + ".exit")).strip());
                    assertThat(Files.readString(err.toPath(), StandardCharsets.ISO_8859_1)).isEqualTo(want);
                    assertThat(p.exitValue()).isEqualTo(wantExit);
                    assertThat(Files.size(out.toPath())).isZero();
                }));
            }
        }
        return tests;
    }
}
