package dev.rt0gen.check;

import dev.rt0gen.testing.Corpora;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every program under resources/errors prints exactly what gc printed (gc.txt). */
class CheckerGcFilesTest {
    static List<String> cases() throws IOException, URISyntaxException {
        // The sources, not target/test-classes: a removed directory lingers there.
        return Corpora.errors(Path.of("src/test/resources/errors")).stream().map(p -> p.getFileName().toString()).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameDiagnosticsAsGc(String name) throws Exception {
        Path dir = Paths.get(CheckerGcFilesTest.class.getResource("/errors/" + name).toURI());
        String src = Files.readString(dir.resolve("main.go"));
        String gc = Files.readString(dir.resolve("gc.txt"));
        assertThat(Programs.errors(Programs.tree(Map.of("main.go", src)))).isEqualTo(gc);
    }
}
