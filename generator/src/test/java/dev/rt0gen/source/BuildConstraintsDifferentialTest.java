package dev.rt0gen.source;

import dev.rt0gen.compare.GoToolchain;
import dev.rt0gen.syntax.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Build constraints, file names and {@code _test.go} files, each case built by the go command
 * (go1.26, the oracle: {@code GOTOOLCHAIN=local CGO_ENABLED=0 go build} in the module, of
 * {@code .} or of one file as {@code go build FILE.go}) and loaded by rt0gen
 * ({@link SourceLoader#load}, then {@link Parser#parse}, which resolves the imports): both
 * accept or both reject. When both accept a package, rt0gen's files are {@code go list}'s
 * GoFiles; when both reject, rt0gen's first error has the go command's file and message (the
 * go command names no line; the unit tests check rt0gen's). Files that must be left out hold
 * text that does not compile, so that go build would fail if it took them.
 */
public class BuildConstraintsDifferentialTest {
    @TempDir
    Path work;

    /** What rt0gen does differently from the go command, and why. */
    enum Differs {
        NO,
        /** same verdict, other words: rt0gen's message for a single file the go command ignores names the file. */
        WORDING,
        /** go build fails in gc (a //go:build line after the package clause is a misplaced directive); rt0gen's loader has no say there. */
        COMPILER_DIRECTIVE
    }

    /** {@code target} null: the package {@code .}; else {@code go build target} (a file). */
    record Case(String name, String goVersion, Map<String, String> files, String target, Differs differs) {
    }

    static final String MAIN = "package main\n\nfunc main() {}\n";
    static final String BROKEN = "this is not Go\n";
    /** go/build reads a test file's package clause and imports (a syntax error there fails go build), rt0gen does not. */
    static final String TEST = "package main\n\nthis is not Go\n";

    static Map<String, String> files(String... nameText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameText.length; i += 2) m.put(nameText[i], nameText[i + 1]);
        return m;
    }

    static Case pkg(String name, String... nameText) {
        return new Case(name, "1.26", files(nameText), null, Differs.NO);
    }

    static Case file(String name, String target, Differs d, String... nameText) {
        return new Case(name, "1.26", files(nameText), target, d);
    }

    static final List<Case> CASES = List.of(
            // //go:build lines that hold and that do not
            pkg("true constraint", "main.go", "//go:build linux && amd64 && !cgo && gc && unix\n\n" + MAIN),
            pkg("false constraints leave files out", "main.go", MAIN,
                    "w.go", "//go:build windows\n\n" + BROKEN,
                    "c.go", "//go:build cgo\n\n" + BROKEN,
                    "p.go", "//go:build purego\n\n" + BROKEN,
                    "i.go", "//go:build ignore\n\n" + BROKEN,
                    "g.go", "//go:build gccgo || android || ios || (linux && arm64)\n\n" + BROKEN,
                    "n.go", "//go:build !linux\n\n" + BROKEN,
                    "v.go", "//go:build go1.27\n\n" + BROKEN,
                    "a.go", "//go:build amd64.v2\n\n" + BROKEN,
                    "x.go", "//go:build goexperiment.nosuch\n\n" + BROKEN),
            pkg("true constraints keep files", "main.go", MAIN,
                    "a.go", "//go:build go1.26 && go1.1 && !go1.27\n\npackage main\n\nvar a int\n",
                    "b.go", "//go:build (windows || linux) && !(arm64 || 386)\n\npackage main\n\nvar b int\n",
                    "c.go", "//go:build goexperiment.regabiargs && amd64.v1\n\npackage main\n\nvar c int\n",
                    "d.go", "//go:build !purego && !cgo && !boringcrypto\n\npackage main\n\nvar d int\n"),
            new Case("release tags are the toolchain's, not the go line's", "1.21", files("main.go", MAIN,
                    "a.go", "//go:build go1.24\n\npackage main\n\nvar a int\n"), null, Differs.NO),
            pkg("constraint placement", "main.go", MAIN,
                    "a.go", "// Copyright.\n\n//go:build windows\n\n// Package doc.\n" + BROKEN,
                    "b.go", "//go:build windows\n" + BROKEN,
                    "c.go", "/* x */\n//go:build windows\n" + BROKEN,
                    "d.go", "/*\n//go:build windows\n*/\npackage main\n\nvar d int\n",
                    "e.go", "// Doc.\n//go:build windows\n" + BROKEN,
                    "f.go", "  //go:build windows\n\n" + BROKEN,
                    "g.go", "//go:buildx windows\n\npackage main\n\nvar g int\n",
                    "h.go", "\uFEFF//go:build windows\n\n" + BROKEN),
            // // +build lines
            pkg("+build lines", "main.go", MAIN,
                    "a.go", "// +build windows\n\n" + BROKEN,
                    "b.go", "// +build linux,amd64 windows\n// +build !cgo\n\npackage main\n\nvar b int\n",
                    "c.go", "// +build linux\n// +build cgo\n\n" + BROKEN,
                    "d.go", "// +build windows\npackage main\n\nvar d int\n",
                    "e.go", "// +build windows\n// Package doc.\npackage main\n\nvar e int\n",
                    "f.go", "// x\n// +build windows\n\n// Package doc.\n" + BROKEN,
                    "g.go", "/* x */\n\n// +build windows\n\npackage main\n\nvar g int\n",
                    "h.go", "//+build windows\n\n" + BROKEN,
                    "i.go", "// +build\n\n" + BROKEN,
                    "j.go", "// +build linux-amd64 !!linux\n\n" + BROKEN,
                    "k.go", "// +build !linux-amd64\n\npackage main\n\nvar k int\n",
                    "l.go", "// +buildx windows\n\npackage main\n\nvar l int\n",
                    "m.go", "// +build linux\n\n// +build windows\n\n" + BROKEN),
            pkg("//go:build decides over +build", "main.go", MAIN,
                    "a.go", "//go:build linux\n// +build windows\n\npackage main\n\nvar a int\n",
                    "b.go", "//go:build windows\n// +build linux\n\n" + BROKEN),
            // file names
            pkg("file names", "main.go", MAIN,
                    "a_linux.go", "package main\n\nvar a1 int\n",
                    "a_amd64.go", "package main\n\nvar a2 int\n",
                    "a_linux_amd64.go", "package main\n\nvar a3 int\n",
                    "windows.go", "package main\n\nvar a4 int\n",
                    "windows_amd64.go", "package main\n\nvar a5 int\n",
                    "a_windows_linux.go", "package main\n\nvar a6 int\n",
                    "a_unix.go", "package main\n\nvar a7 int\n",
                    "b_windows.go", BROKEN,
                    "b_arm64.go", BROKEN,
                    "b_linux_arm64.go", BROKEN,
                    "b_windows_amd64.go", BROKEN,
                    "linux_arm64.go", BROKEN,
                    "b_js_wasm.go", BROKEN,
                    "b_nacl.go", BROKEN,
                    "b_windows.x.go", BROKEN,
                    "_b.go", BROKEN,
                    ".b.go", BROKEN,
                    "b_test.go", TEST,
                    "b_linux_test.go", TEST),
            // no file left
            pkg("all excluded by a constraint", "main.go", "//go:build windows\n\n" + MAIN),
            pkg("all excluded by a name", "main_windows.go", MAIN, "_x.go", MAIN),
            pkg("excluded and tests", "main_test.go", MAIN, "x_arm64.go", MAIN),
            pkg("only tests", "main_test.go", MAIN),
            pkg("all excluded by +build", "main.go", "// +build linux,cgo\n\n" + MAIN),
            pkg("imported package all excluded", "main.go", "package main\n\nimport \"m/a\"\n\nfunc main() { a.F() }\n",
                    "a/a.go", "//go:build windows\n\npackage a\n\nfunc F() {}\n"),
            pkg("imported package of tests", "main.go", "package main\n\nimport \"m/a\"\n\nfunc main() { a.F() }\n",
                    "a/a_test.go", "package a\n\nfunc F() {}\n"),
            pkg("imported package with a constraint", "main.go", "package main\n\nimport \"m/a\"\n\nfunc main() { a.F() }\n",
                    "a/a.go", "//go:build linux\n\npackage a\n\nfunc F() {}\n", "a/a_windows.go", BROKEN),
            pkg("unimported package all excluded", "main.go", MAIN, "a/a.go", "//go:build windows\n\npackage a\n"),
            pkg("unimported package with a malformed constraint", "main.go", MAIN, "a/a.go", "//go:build (\n\npackage a\n"),
            // malformed lines
            pkg("unexpected end", "main.go", "//go:build linux &&\n\n" + MAIN),
            pkg("empty //go:build", "main.go", "//go:build\n\n" + MAIN),
            pkg("missing close paren", "main.go", "//go:build (linux || windows\n\n" + MAIN),
            pkg("missing close paren at the end", "main.go", "//go:build (linux ||\n\n" + MAIN),
            pkg("unexpected token", "main.go", "//go:build linux amd64\n\n" + MAIN),
            pkg("unexpected )", "main.go", "//go:build linux)\n\n" + MAIN),
            pkg("single &", "main.go", "//go:build linux & amd64\n\n" + MAIN),
            pkg("bad character", "main.go", "//go:build linux-amd64\n\n" + MAIN),
            pkg("non-ASCII", "main.go", "//go:build linux || é€\n\n" + MAIN),
            pkg("double negation", "main.go", "//go:build !!linux\n\n" + MAIN),
            pkg("two //go:build lines", "main.go", "//go:build linux\n//go:build amd64\n\n" + MAIN),
            pkg("two //go:build lines, blank between", "main.go", "//go:build linux\n\n//go:build amd64\n\n" + MAIN),
            pkg("first bad file in name order", "main.go", MAIN, "b.go", "//go:build (\n\npackage main\n", "c.go", "//go:build )\n\npackage main\n"),
            pkg("malformed in a test file", "main.go", MAIN, "x_test.go", "//go:build (\n\npackage main\n"),
            pkg("malformed in a file excluded by its name", "main.go", MAIN, "x_windows.go", "//go:build (\n\npackage main\n"),
            pkg("malformed in an excluded /* */", "main.go", "/*\n//go:build (\n*/\n" + MAIN),
            pkg("malformed +build is no error", "main.go", MAIN, "x.go", "// +build linux&&amd64 (\n\n" + BROKEN),
            pkg("malformed in an imported package", "main.go", "package main\n\nimport \"m/a\"\n\nfunc main() { a.F() }\n",
                    "a/a.go", "//go:build linux ||\n\npackage a\n\nfunc F() {}\n"),
            new Case("//go:build after the package clause", "1.26", files("main.go", "package main\n\n//go:build windows\n\nfunc main() {}\n"),
                    null, Differs.COMPILER_DIRECTIVE),
            // go build FILE.go: the file is built whatever its constraints and name say
            file("named file, false constraint", "w.go", Differs.NO, "w.go", "//go:build windows\n\n" + MAIN),
            file("named file, false +build", "w.go", Differs.NO, "w.go", "// +build windows\n\n" + MAIN),
            file("named file, other system", "w_windows_arm64.go", Differs.NO, "w_windows_arm64.go", MAIN),
            file("named test file", "w_test.go", Differs.NO, "w_test.go", MAIN),
            file("named file, malformed", "w.go", Differs.NO, "w.go", "//go:build linux &&\n\n" + MAIN),
            file("named file, two //go:build lines", "w.go", Differs.NO, "w.go", "//go:build windows\n//go:build linux\n\n" + MAIN),
            file("named file starting with _", "_w.go", Differs.WORDING, "_w.go", MAIN));

    /** The go command's error for a file's constraint: {@code FILE.go: parsing //go:build line: …} (no line). */
    static final Pattern FILE_ERROR = Pattern.compile("(?m)^(?:\\./)?(?:main\\.go:\\d+:\\d+: )?([^\\s:]+\\.go): ((?:parsing //go:build line|multiple //go:build comments).*)$");
    /** cmd/go's NoGoError. */
    static final Pattern NO_GO = Pattern.compile("(?m)((?:build constraints exclude all Go files in|no non-test Go files in|no Go files in) (\\S+))$");

    record GoResult(int exit, String output) {
    }

    static GoResult go(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(GoToolchain.go().toString());
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOTOOLCHAIN", "local");
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "-mod=readonly");
        env.put("CGO_ENABLED", "0");
        env.put("GOOS", "linux");
        env.put("GOARCH", "amd64");
        env.put("GOAMD64", "v1");
        env.remove("GOEXPERIMENT");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("go %s did not finish in %s", args, dir);
        }
        return new GoResult(p.exitValue(), out);
    }

    /** rt0gen's loader and parser on the case: the tree, or the exception. */
    static Object rt0gen(Path path) {
        try {
            SourceTree t = SourceLoader.load(path);
            Parser.parse(t);
            return t;
        } catch (CompileException | IOException e) {
            return e;
        }
    }

    @TestFactory
    List<DynamicTest> rt0genLeavesOutWhatTheGoCommandLeavesOut() {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Case c : CASES) {
            String dirName = "c" + n++;
            tests.add(DynamicTest.dynamicTest(c.name() + (c.differs() == Differs.NO ? "" : " (differs: " + c.differs() + ")"), () -> {
                Path dir = work.resolve(dirName);
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("go.mod"), "module m\n\ngo " + c.goVersion() + "\n");
                for (Map.Entry<String, String> f : c.files().entrySet()) {
                    Path p = dir.resolve(f.getKey());
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, f.getValue());
                }
                Object rt = rt0gen(c.target() == null ? dir : dir.resolve(c.target()));
                GoResult go = go(dir, "build", "-o", "/dev/null", c.target() == null ? "." : c.target());
                String both = "go build said (exit " + go.exit() + "):\n" + go.output() + "\nrt0gen said: "
                        + (rt instanceof CompileException ce ? ce.diagnostics() : rt instanceof IOException io ? io.getMessage() : "(nothing)");
                if (c.differs() == Differs.COMPILER_DIRECTIVE) {
                    assertThat(go.output()).as(both).contains("misplaced compiler directive");
                    assertThat(rt).as(both).isInstanceOf(SourceTree.class);
                    return;
                }
                if (go.exit() == 0) {
                    assertThat(rt).as(both).isInstanceOf(SourceTree.class);
                    if (c.target() != null) return;
                    GoResult list = go(dir, "list", "-f", "{{join .GoFiles \" \"}}", ".");
                    assertThat(list.exit()).as(list.output()).isZero();
                    List<String> goFiles = List.of(list.output().strip().split(" "));
                    assertThat(((SourceTree) rt).main().files()).as(both)
                            .extracting(f -> dir.relativize(Path.of(f.display())).toString())
                            .containsExactlyElementsOf(goFiles);
                    return;
                }
                assertThat(rt).as(both).isInstanceOf(Exception.class);
                Matcher fm = FILE_ERROR.matcher(go.output());
                if (fm.find()) {
                    assertThat(rt).as(both).isInstanceOf(CompileException.class);
                    Diagnostic first = ((CompileException) rt).diagnostics().get(0);
                    String goFile = fm.group(1);
                    // the go command names a file of another directory by its name only
                    assertThat(Path.of(first.pos().file()).getFileName().toString()).as(both).isEqualTo(Path.of(goFile).getFileName().toString());
                    if (c.target() == null) assertThat(first.pos().file()).as(both).startsWith(dir.toString());
                    assertThat(first.message()).as(both).isEqualTo(fm.group(2));
                    return;
                }
                Matcher nm = NO_GO.matcher(go.output());
                assertThat(nm.find()).as("an error this test knows: " + both).isTrue();
                if (c.differs() == Differs.WORDING) {
                    assertThat(rt).as(both).isInstanceOf(IOException.class);
                    assertThat(((IOException) rt).getMessage()).as(both).startsWith(dir.resolve(c.target()) + ": no Go files");
                    return;
                }
                String message = nm.group(1);
                if (rt instanceof IOException io) {
                    // the main package: no position (the go command names none)
                    assertThat(io.getMessage()).as(both).isEqualTo(message);
                } else {
                    // an imported package: at the import
                    Diagnostic first = ((CompileException) rt).diagnostics().get(0);
                    assertThat(first.message()).as(both).isEqualTo(message);
                    assertThat(first.pos().file()).as(both).isEqualTo(dir.resolve("main.go").toString());
                }
            }));
        }
        return tests;
    }
}
