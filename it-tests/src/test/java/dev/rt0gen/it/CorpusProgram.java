package dev.rt0gen.it;

import dev.rt0gen.compare.Comparison;
import dev.rt0gen.compare.RunsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One program of the corpus, the environments of its {@code runs} file, and the reason its Go
 * output varies from run to run ({@code nondeterministic} file; null when it does not). See
 * it-tests/corpus/README.md.
 */
record CorpusProgram(String name, Path dir, List<Map<String, String>> runs, String nondeterministic) {
    /**
     * Every directory in it-tests/corpus, each of which must be a Go module: a directory that
     * loses its go.mod fails here instead of dropping out of the suite. The only file beside
     * them is README.md.
     */
    static List<CorpusProgram> all() {
        List<CorpusProgram> programs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Repo.corpus())) {
            for (Path d : entries.sorted().toList()) {
                String name = d.getFileName().toString();
                if (!Files.isDirectory(d)) {
                    if (!name.equals("README.md")) throw new AssertionError("it-tests/corpus/" + name
                            + " is not a program directory; the corpus holds only programs and README.md");
                    continue;
                }
                if (!Files.isRegularFile(d.resolve("go.mod"))) {
                    throw new AssertionError("it-tests/corpus/" + name + " has no go.mod: every directory there is a program");
                }
                Path reason = d.resolve(Comparison.NONDETERMINISTIC_FILE);
                programs.add(new CorpusProgram(name, d, RunsFile.read(d),
                        Files.isRegularFile(reason) ? Files.readString(reason).strip() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return programs;
    }
}
