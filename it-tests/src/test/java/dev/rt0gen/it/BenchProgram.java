package dev.rt0gen.it;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One program of bench/programs (listed when the test runs: the bench may add more) with the
 * environment bench/run-bench runs it with: its {@code RUN_ENV} entry (GOMAXPROCS=1 for
 * goroutines), read from the script so that the two cannot drift apart.
 */
record BenchProgram(String name, Path dir, Map<String, String> env) {
    static Path root() {
        return Repo.root().resolve("bench").resolve("programs");
    }

    static List<BenchProgram> all() {
        Map<String, Map<String, String>> runEnv = runEnv();
        try (Stream<Path> dirs = Files.list(root())) {
            List<Path> found = dirs.filter(Files::isDirectory).sorted().toList();
            assertThat(found).as("the programs in " + root()).isNotEmpty();
            for (Path d : found) {
                assertThat(d.resolve("go.mod")).as("every directory of bench/programs is a Go module").isRegularFile();
            }
            return found.stream().map(d -> new BenchProgram(d.getFileName().toString(), d,
                    runEnv.getOrDefault(d.getFileName().toString(), Map.of()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** bench/run-bench's {@code RUN_ENV = {...}} line: a Python dict literal that is JSON too. */
    private static Map<String, Map<String, String>> runEnv() {
        Path script = Repo.root().resolve("bench").resolve("run-bench");
        try {
            String line = Files.readAllLines(script).stream().filter(l -> l.startsWith("RUN_ENV = ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no `RUN_ENV = {...}` line in " + script
                            + ": the bench programs' environments are read from it"));
            Map<String, Map<String, String>> m = new Gson().fromJson(line.substring("RUN_ENV = ".length()),
                    new TypeToken<Map<String, Map<String, String>>>() { }.getType());
            assertThat(m).as(script + "'s RUN_ENV").isNotNull();
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
