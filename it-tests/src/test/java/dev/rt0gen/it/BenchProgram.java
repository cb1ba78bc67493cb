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
 * One program of bench/programs with the environment bench/run-bench runs it with: its
 * {@code RUN_ENV} entry (GOMAXPROCS=1 for goroutines), read from the script so that the two
 * cannot drift apart. The directory must hold exactly the programs the script measures
 * ({@code PROGRAMS}, {@code COMPUTE}, {@code SCALE}, {@code GOROUTINE_OPS} and {@code PARALLEL}):
 * none can disappear from one side alone.
 */
record BenchProgram(String name, Path dir, Map<String, String> env) {
    static Path root() {
        return Repo.root().resolve("bench").resolve("programs");
    }

    static List<BenchProgram> all() {
        Map<String, Map<String, String>> runEnv = runEnv();
        try (Stream<Path> dirs = Files.list(root())) {
            List<Path> found = dirs.filter(Files::isDirectory).sorted().toList();
            assertThat(found.stream().map(d -> d.getFileName().toString()))
                    .as("the programs in %s against bench/run-bench's PROGRAMS, COMPUTE, SCALE, GOROUTINE_OPS and PARALLEL", root())
                    .containsExactlyInAnyOrderElementsOf(measured());
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
        Map<String, Map<String, String>> m = new Gson().fromJson(assignment("RUN_ENV"),
                new TypeToken<Map<String, Map<String, String>>>() { }.getType());
        assertThat(m).as("bench/run-bench's RUN_ENV").isNotNull();
        return m;
    }

    /** The programs bench/run-bench measures: its PROGRAMS, COMPUTE and GOROUTINE_OPS lists, its SCALE and PARALLEL programs. */
    private static List<String> measured() {
        Gson gson = new Gson();
        TypeToken<List<String>> names = new TypeToken<>() { };
        List<String> all = new java.util.ArrayList<>(gson.fromJson(assignment("PROGRAMS"), names.getType()));
        all.addAll(gson.fromJson(assignment("COMPUTE"), names.getType()));
        all.add(gson.fromJson(assignment("SCALE"), String.class));
        all.addAll(gson.fromJson(assignment("GOROUTINE_OPS"), names.getType()));
        all.add(gson.fromJson(assignment("PARALLEL"), String.class));
        return all;
    }

    /** The value of bench/run-bench's top-level {@code NAME = ...} line (a JSON-compatible literal), its comment cut. */
    private static String assignment(String name) {
        Path script = Repo.root().resolve("bench").resolve("run-bench");
        try {
            String line = Files.readAllLines(script).stream().filter(l -> l.startsWith(name + " = ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no `" + name + " = ...` line in " + script
                            + ": the bench programs and their environments are read from it"));
            String value = line.substring(name.length() + 3);
            int comment = value.indexOf("  #");
            return comment < 0 ? value : value.substring(0, comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
