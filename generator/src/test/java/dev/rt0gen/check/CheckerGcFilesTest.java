package dev.rt0gen.check;

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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every program under resources/errors prints exactly what gc printed (gc.txt). */
class CheckerGcFilesTest {
    static List<String> cases() throws IOException, URISyntaxException {
        Path root = Paths.get(CheckerGcFilesTest.class.getResource("/errors").toURI());
        try (Stream<Path> s = Files.list(root)) {
            List<String> names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSizeGreaterThan(30);
            return names;
        }
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
