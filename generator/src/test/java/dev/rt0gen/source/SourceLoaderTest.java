package dev.rt0gen.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsModuleWithSubPackages() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module example.com/app\n\ngo 1.21\n");
        Files.writeString(dir.resolve("main.go"), "package main\n");
        Files.writeString(dir.resolve("b.go"), "package main\n");
        Files.writeString(dir.resolve("b_test.go"), "package main\n");
        Files.createDirectories(dir.resolve("log/inner"));
        Files.writeString(dir.resolve("log/log.go"), "package log\n");
        Files.writeString(dir.resolve("log/inner/i.go"), "package inner\n");
        SourceTree t = SourceLoader.load(dir);
        assertThat(t.modulePath()).isEqualTo("example.com/app");
        assertThat(t.main().files()).extracting(SourceFile::display)
                .containsExactly(dir.resolve("b.go").toString(), dir.resolve("main.go").toString());
        assertThat(t.packages().keySet()).containsExactlyInAnyOrder("example.com/app/log", "example.com/app/log/inner");
        assertThat(t.lookup("example.com/app/log").orElseThrow().files().get(0).display()).isEqualTo(dir.resolve("log/log.go").toString());
    }

    @Test
    void singleFile() throws Exception {
        Path f = dir.resolve("hello.go");
        Files.writeString(f, "package main\n");
        SourceTree t = SourceLoader.load(f);
        assertThat(t.modulePath()).isNull();
        assertThat(t.main().files()).hasSize(1);
    }

    @Test
    void rejectsBuildConstraints() throws Exception {
        Files.writeString(dir.resolve("main.go"), "//go:build linux\n\npackage main\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("main.go") + ":1:1: build constraints (//go:build) are not supported by rt0gen");
    }

    @Test
    void displayNamesFollowThePathAsGiven() throws Exception {
        Files.writeString(dir.resolve("main.go"), "package main\n");
        SourceTree t = SourceLoader.load(Path.of(dir.toString() + "/"));
        assertThat(t.main().files().get(0).display()).isEqualTo(dir + "/main.go");
        assertThat(Path.of(".").resolve("main.go").toString()).isEqualTo("./main.go");
    }
}
