package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small Go modules written by the runtime tests, built by both toolchains, and native runs of them. */
final class Probe {
    private Probe() {
    }

    /** Writes {@code files} (path → text) under {@code dir} with a go.mod for {@code goVersion}; builds it both ways. */
    static Comparison.Builds build(Path work, String name, String goVersion, Map<String, String> files) throws Exception {
        Path dir = work.resolve("src").resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("go.mod"), "module example.com/" + name + "\n\ngo " + goVersion + "\n");
        for (var e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        return new Comparison(new NativeRunner(), Files.createDirectories(work.resolve("bin").resolve(name))).build(dir);
    }

    record Run(int exit, String stdout, String stderr) {
        List<String> stderrLines() {
            return stderr.lines().toList();
        }
    }

    /** One native run with exactly {@code env} (nothing inherited). */
    static Run run(Path binary, Map<String, String> env, String... args) throws Exception {
        Runner.RunResult r = new NativeRunner().run(binary, List.of(args), env, Runner.Limits.NONE);
        return new Run(r.exitCode(), new String(r.stdout(), StandardCharsets.UTF_8), new String(r.stderr(), StandardCharsets.UTF_8));
    }
}
