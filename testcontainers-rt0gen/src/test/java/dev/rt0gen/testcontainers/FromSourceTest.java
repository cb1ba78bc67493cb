package dev.rt0gen.testcontainers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** fromSource compiles with rt0gen's Java API; a program rt0gen rejects fails with its diagnostics. */
class FromSourceTest {
    @Test
    void aProgramRt0genRejectsFailsWithFileLineCol(@TempDir Path tmp) throws Exception {
        Path main = tmp.resolve("main.go");
        Files.writeString(main, "package main\n\nfunc main() {\n"); // unterminated block

        assertThatThrownBy(() -> Rt0genContainer.fromSource(main))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rt0gen cannot compile " + main)
                .hasMessageMatching("(?s).*main\\.go:[0-9]+:[0-9]+: .*");
    }
}
