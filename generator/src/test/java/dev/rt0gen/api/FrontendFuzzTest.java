package dev.rt0gen.api;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.link.LinkException;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourcePackage;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.testing.Corpora;
import dev.rt0gen.testing.Txtar;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the whole front end and code generator (source → syntax → check
 * → initialization order → assembly text) with Jazzer. An input is a program in txtar form
 * ({@link Txtar}): several files and packages in one byte string.
 *
 * <p>The property: every input either compiles, and then the linker accepts the assembly
 * (every symbol defined once, every reference defined, Keystone assembles it), or it is
 * rejected with a {@link CompileException} whose diagnostics point into the program's files.
 * Anything else (another exception, a StackOverflowError, a hang, a crash) is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (a plain {@code mvn test}) the seeds run once: every
 * it-tests/corpus program, every program under test resources errors/, and the inputs that
 * once found a bug (src/test/resources/dev/rt0gen/api/FrontendFuzzTestInputs/frontend/). With
 * {@code JAZZER_FUZZ=1} ({@code make test}: 30 s, and 30 s for LoaderFuzzTest; {@code make fuzz}: longer) Jazzer mutates
 * them; an input that takes longer than the Makefile's {@code -timeout} is a hang; new findings
 * land in that inputs directory and become regression tests.
 */
class FrontendFuzzTest {
    static Stream<Arguments> seeds() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path d : Corpora.corpus()) out.add(Arguments.of(Named.of("corpus/" + d.getFileName(), Txtar.archive(d))));
        for (Path d : Corpora.errors(Path.of("src/test/resources/errors"))) {
            out.add(Arguments.of(Named.of("errors/" + d.getFileName(), Txtar.archive(d))));
        }
        return out.stream();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30s")
    void frontend(byte[] input) throws LinkException {
        SourceTree tree = Txtar.tree(input);
        List<AsmUnit> units;
        try {
            units = Frontend.assemble(tree);
        } catch (CompileException e) {
            assertPositioned(e, tree, input);
            return;
        }
        // The runtime is assembled once per JVM; linking a program assembles only its own part
        // (a few milliseconds), so every input that compiles is linked, through Keystone.
        assertThat(Rt0gen.linkProgram(units).entry()).isPositive();
    }

    /**
     * Every diagnostic is {@code file:line:col: message} inside one of the program's files; a
     * control character in a message (other than the newline and tab of gc's multi-line
     * messages) comes from the source, as when gc quotes a raw string literal.
     */
    static void assertPositioned(CompileException e, SourceTree tree, byte[] input) {
        Map<String, Integer> lines = new HashMap<>();
        List<SourcePackage> pkgs = new ArrayList<>(tree.packages().values());
        pkgs.add(tree.main());
        for (SourcePackage p : pkgs) {
            for (SourceFile f : p.files()) {
                int n = 1;
                for (byte b : f.bytes()) if (b == '\n') n++;
                lines.put(f.display(), n);
            }
        }
        assertPositioned(e, lines, input);
    }

    /** The same, for files given by their display names and line counts (LoaderFuzzTest's go.mod too). */
    static void assertPositioned(CompileException e, Map<String, Integer> lines, byte[] input) {
        assertThat(e.diagnostics()).isNotEmpty();
        for (Diagnostic d : e.diagnostics()) {
            assertThat(d.message()).as("message of %s", d).isNotBlank();
            assertThat(d.message().chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && !contains(input, c)))
                    .as("control characters in %s", d).isEmpty();
            if (d.pos() == null) {
                // gc's own wording of the one whole-program error; it has no position in gc either
                assertThat(d.message()).isEqualTo("function main is undeclared in the main package");
                continue;
            }
            assertThat(lines).as("file of %s", d).containsKey(d.pos().file());
            assertThat(d.pos().line()).as("line of %s", d).isBetween(1, lines.get(d.pos().file()));
            assertThat(d.pos().col()).as("column of %s", d).isPositive();
        }
    }

    private static boolean contains(byte[] input, int c) {
        for (byte b : input) if (b == c) return true;
        return false;
    }
}
