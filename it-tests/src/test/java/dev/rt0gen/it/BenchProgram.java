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
 * {@code RUN_ENV} entry (GOMAXPROCS=1 for goroutines), and its {@code TEST_ENV} entry (the
 * collector's programs, smaller), read from the script so that the two cannot drift apart. The directory must hold exactly the programs the script measures
 * ({@code PROGRAMS}, {@code COMPUTE}, {@code SCALE}, {@code GOROUTINE_OPS}, {@code PARALLEL} and {@code GC}):
 * none can disappear from one side alone.
 */
record BenchProgram(String name, Path dir, Map<String, String> env) {
    static Path root() {
        return Repo.root().resolve("bench").resolve("programs");
    }

    static List<BenchProgram> all() {
        Map<String, Map<String, String>> runEnv = new java.util.HashMap<>(runEnv("RUN_ENV"));
        // the tests' smaller runs of the collector's programs (TEST_ENV), added to RUN_ENV's
        runEnv("TEST_ENV").forEach((prog, env) -> {
            Map<String, String> merged = new java.util.TreeMap<>(runEnv.getOrDefault(prog, Map.of()));
            merged.putAll(env);
            runEnv.put(prog, merged);
        });
        try (Stream<Path> dirs = Files.list(root())) {
            List<Path> found = dirs.filter(Files::isDirectory).sorted().toList();
            assertThat(found.stream().map(d -> d.getFileName().toString()))
                    .as("the programs in %s against bench/run-bench's PROGRAMS, COMPUTE, SCALE, GOROUTINE_OPS, PARALLEL and GC", root())
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

    /** bench/run-bench's {@code RUN_ENV = {...}} or {@code TEST_ENV = {...}} line: a Python dict literal that is JSON too. */
    private static Map<String, Map<String, String>> runEnv(String name) {
        Map<String, Map<String, String>> m = new Gson().fromJson(assignment(name),
                new TypeToken<Map<String, Map<String, String>>>() { }.getType());
        assertThat(m).as("bench/run-bench's " + name).isNotNull();
        return m;
    }

    /** The programs bench/run-bench measures: its PROGRAMS, COMPUTE, GOROUTINE_OPS and GC lists, its SCALE and PARALLEL programs. */
    private static List<String> measured() {
        Gson gson = new Gson();
        TypeToken<List<String>> names = new TypeToken<>() { };
        List<String> all = new java.util.ArrayList<>(gson.fromJson(assignment("PROGRAMS"), names.getType()));
        all.addAll(gson.fromJson(assignment("COMPUTE"), names.getType()));
        all.add(gson.fromJson(assignment("SCALE"), String.class));
        all.addAll(gson.fromJson(assignment("GOROUTINE_OPS"), names.getType()));
        all.add(gson.fromJson(assignment("PARALLEL"), String.class));
        all.addAll(gson.fromJson(assignment("GC"), names.getType()));
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
