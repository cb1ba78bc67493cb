package dev.rt0gen.it;

import dev.rt0gen.compare.RunsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One program of the corpus and the environments of its {@code runs} file (see it-tests/corpus/README.md). */
record CorpusProgram(String name, Path dir, List<Map<String, String>> runs) {
    static List<CorpusProgram> all() {
        try (Stream<Path> dirs = Files.list(Repo.corpus())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("go.mod"))).sorted()
                    .map(d -> new CorpusProgram(d.getFileName().toString(), d, RunsFile.read(d))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded expectations (only the v* programs copied from shared/corpus have them). */
    boolean hasExpectedFiles() {
        return Files.isRegularFile(dir.resolve("expected.exit"));
    }
}
