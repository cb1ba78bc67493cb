package dev.rt0gen.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunsFileTest {
    @Test
    void parsesWordsAndValuesWithSpaces() {
        assertThat(RunsFile.parse("A=1 B=two words C=")).containsExactly(
                Map.entry("A", "1"), Map.entry("B", "two words"), Map.entry("C", ""));
        assertThat(RunsFile.parse("GOMAXPROCS= 2")).containsExactly(Map.entry("GOMAXPROCS", " 2"));
        assertThat(RunsFile.parse("")).isEmpty();
        assertThatThrownBy(() -> RunsFile.parse("novalue")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noFileMeansOneEmptyEnvironment(@TempDir Path dir) throws Exception {
        assertThat(RunsFile.read(dir)).containsExactly(Map.of());
        Files.writeString(dir.resolve("runs"), "\nGOMAXPROCS=1\n");
        assertThat(RunsFile.read(dir)).containsExactly(Map.of(), Map.of("GOMAXPROCS", "1"));
    }
}
