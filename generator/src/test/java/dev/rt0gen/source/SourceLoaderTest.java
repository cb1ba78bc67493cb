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

    /**
     * A position names the file by the path the user gave joined with the file's path below it:
     * {@code rt0gen build .} run in the module shows {@code ./main.go:2:15} (as {@code go build}
     * run there does), {@code rt0gen build DIR/} shows {@code DIR/main.go}, and a file of a
     * sub-package is shown below the path given. The
     * {@code .} case runs the CLI in another JVM whose working directory is the module.
     */
    @Test
    void displayNamesFollowThePathAsGiven() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module example.com/app\n");
        Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"example.com/app/log\"\n\nfunc main() { log.F() }\n");
        Files.createDirectories(dir.resolve("log"));
        Files.writeString(dir.resolve("log/log.go"), "package log\n\nfunc F() { x }\n");
        SourceTree t = SourceLoader.load(Path.of(dir.toString() + "/"));
        assertThat(t.main().files().get(0).display()).isEqualTo(dir + "/main.go");
        assertThat(t.lookup("example.com/app/log").orElseThrow().files().get(0).display()).isEqualTo(dir + "/log/log.go");

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), dev.rt0gen.cli.Main.class.getName(),
                "build", "-o", dir.resolve("out").toString(), ".").directory(dir.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).as("stdout: %s stderr: %s", out, err).isEqualTo(1);
        assertThat(err).isEqualTo("./log/log.go:3:12: undefined: x\n");
    }

    /** go.mod as the go command reads it (GoModDifferentialTest compares with it case by case). */
    @Test
    void goModErrorsArePositioned() throws Exception {
        Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Files.writeString(dir.resolve("go.mod"), "module m\n\ngo abc\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("go.mod") + ":3:1: invalid go version 'abc': must match format 1.23.0");
        Files.writeString(dir.resolve("go.mod"), "module m\ngodebug (\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("go.mod") + ":3:1: syntax error (unterminated block started at " + dir.resolve("go.mod") + ":2:1)");
        Files.writeString(dir.resolve("go.mod"), "module \"m\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("go.mod") + ":1:10: unexpected newline in string");
        Files.writeString(dir.resolve("go.mod"), "go 1.21\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessageStartingWith(dir.resolve("go.mod") + ":1:1: missing module declaration.");
    }

    /** The module's go line and godebug lines and the main package's //go:debug lines make the default GODEBUG. */
    @Test
    void theDefaultGodebugComesFromGoModAndDirectives() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module m\n\ngo 1.21\n\ngodebug panicnil=1\n");
        Files.writeString(dir.resolve("main.go"), "//go:debug updatemaxprocs=1\n\npackage main\n\nfunc main() {}\n");
        assertThat(SourceLoader.load(dir).godebugDefault()).isEqualTo("containermaxprocs=0,panicnil=1,updatemaxprocs=1");
        assertThat(SourceLoader.load(dir.resolve("main.go")).godebugDefault()).isEqualTo("updatemaxprocs=1");
        Files.writeString(dir.resolve("main.go"), "//go:debug nosuchkey=1\n\npackage main\n\nfunc main() {}\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("main.go") + ":1:1: invalid //go:debug: unknown //go:debug setting \"nosuchkey\"");
        assertThatThrownBy(() -> SourceLoader.load(dir.resolve("main.go"))).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("main.go") + ":1:1: invalid //go:debug: unknown //go:debug setting \"nosuchkey\"");
    }
}
