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

    /** Build constraints and file names leave files out as the go command does for linux/amd64 (BuildConstraintsDifferentialTest compares). */
    @Test
    void buildConstraintsAndFileNamesLeaveFilesOut() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module m\n\ngo 1.21\n");
        Files.writeString(dir.resolve("main.go"), "//go:build linux && amd64 && !cgo\n\npackage main\n");
        Files.writeString(dir.resolve("a_linux.go"), "package main\n");
        Files.writeString(dir.resolve("a_linux_amd64.go"), "package main\n");
        Files.writeString(dir.resolve("a_amd64.go"), "package main\n");
        Files.writeString(dir.resolve("windows_amd64.go"), "package main\n");   // the part before the first _ is not a suffix
        Files.writeString(dir.resolve("linux_arm64.go"), "package main\n");     // but _arm64 is
        Files.writeString(dir.resolve("windows.go"), "package main\n");        // no _: not tagged
        Files.writeString(dir.resolve("b_windows.go"), "package main\n");
        Files.writeString(dir.resolve("b_linux_arm64.go"), "package main\n");
        Files.writeString(dir.resolve("b_arm64.go"), "package main\n");
        Files.writeString(dir.resolve("b_linux_test.go"), "package main\n");
        Files.writeString(dir.resolve("c.go"), "//go:build ignore\n\npackage main\n");
        Files.writeString(dir.resolve("d.go"), "// +build linux,amd64 windows\n// +build !cgo\n\npackage main\n");
        Files.writeString(dir.resolve("e.go"), "// +build linux\n// +build cgo\n\npackage main\n");
        Files.writeString(dir.resolve("f.go"), "// +build windows\npackage main\n");   // no blank line after it: not a constraint
        Files.writeString(dir.resolve("g.go"), "// Doc.\n//go:build go1.26 && !go1.27 && unix && gc\npackage main\n");   // //go:build needs no blank line
        Files.writeString(dir.resolve("h.go"), "//go:build purego || gccgo || android || boringcrypto\n\npackage main\n");
        Files.writeString(dir.resolve("_i.go"), "package main\n");
        Files.writeString(dir.resolve(".j.go"), "package main\n");
        SourceTree t = SourceLoader.load(dir);
        assertThat(t.main().files()).extracting(f -> Path.of(f.display()).getFileName().toString())
                .containsExactly("a_amd64.go", "a_linux.go", "a_linux_amd64.go", "d.go", "f.go", "g.go", "main.go", "windows.go", "windows_amd64.go");
        assertThat(t.main().noGoError()).isNull();
    }

    @Test
    void aDirectoryWhoseFilesAreAllLeftOut() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module m\n");
        Files.writeString(dir.resolve("main.go"), "//go:build windows\n\npackage main\n");
        Files.writeString(dir.resolve("x_arm64.go"), "package main\n");
        Files.writeString(dir.resolve("main_test.go"), "package main\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(java.io.IOException.class)
                .hasMessage("build constraints exclude all Go files in " + dir);
        Files.delete(dir.resolve("x_arm64.go"));
        Files.delete(dir.resolve("main.go"));
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(java.io.IOException.class)
                .hasMessage("no non-test Go files in " + dir);
        // an imported package whose files are all left out: the go command's words at the import
        Files.writeString(dir.resolve("main.go"), "package main\n\nimport (\n\t\"m/a\"\n\t\"m/b\"\n)\n\nfunc main() { a.F(); b.F() }\n");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("a/a_windows.go"), "package a\n\nfunc F() {}\n");
        Files.writeString(dir.resolve("b/b_test.go"), "package b\n\nfunc F() {}\n");
        Files.writeString(dir.resolve("c/c.go"), "//go:build !linux\n\npackage c\n");   // not imported: no error
        SourceTree t = SourceLoader.load(dir);
        assertThat(t.lookup("m/a").orElseThrow().noGoError()).isEqualTo("build constraints exclude all Go files in " + dir.resolve("a"));
        assertThatThrownBy(() -> dev.rt0gen.syntax.Parser.parse(t)).isInstanceOf(CompileException.class)
                .hasMessageContaining(dir.resolve("main.go") + ":4:2: build constraints exclude all Go files in " + dir.resolve("a"))
                .satisfies(e -> assertThat(((CompileException) e).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                        dir.resolve("main.go") + ":4:2: build constraints exclude all Go files in " + dir.resolve("a"),
                        dir.resolve("main.go") + ":5:2: no non-test Go files in " + dir.resolve("b")));
    }

    @Test
    void aMalformedConstraintIsAPositionedError() throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module m\n");
        Files.writeString(dir.resolve("main.go"), "package main\n");
        Files.writeString(dir.resolve("x_test.go"), "// x\n\n  //go:build linux && (amd64 ||\n\npackage main\n");   // tests are read too
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("x_test.go") + ":3:32: parsing //go:build line: missing close paren");
        Files.writeString(dir.resolve("x_test.go"), "//go:build linux\n//go:build amd64\npackage main\n");
        assertThatThrownBy(() -> SourceLoader.load(dir)).isInstanceOf(CompileException.class)
                .hasMessage(dir.resolve("x_test.go") + ":2:1: multiple //go:build comments");
        // a file left out by its name is not read
        Files.delete(dir.resolve("x_test.go"));
        Files.writeString(dir.resolve("x_windows.go"), "//go:build &&\n\npackage main\n");
        assertThat(SourceLoader.load(dir).main().files()).hasSize(1);
    }

    /** go build FILE.go builds the file whatever its constraints and name say, but checks the //go:build line's syntax. */
    @Test
    void aSingleFileIgnoresItsConstraints() throws Exception {
        Path w = dir.resolve("w_windows.go");
        Files.writeString(w, "//go:build windows && !linux\n\npackage main\n");
        assertThat(SourceLoader.load(w).main().files()).hasSize(1);
        Path bad = dir.resolve("bad.go");
        Files.writeString(bad, "//go:build linux &&\n\npackage main\n");
        assertThatThrownBy(() -> SourceLoader.load(bad)).isInstanceOf(CompileException.class)
                .hasMessage(bad + ":1:20: parsing //go:build line: unexpected end of expression");
        Path under = dir.resolve("_x.go");
        Files.writeString(under, "package main\n");
        assertThatThrownBy(() -> SourceLoader.load(under)).isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith(under + ": no Go files");
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
