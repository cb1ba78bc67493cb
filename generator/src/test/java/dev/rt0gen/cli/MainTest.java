package dev.rt0gen.cli;

import dev.rt0gen.api.Rt0gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI's exit statuses and messages: 0 and nothing on stderr for a build; 1 and
 * {@code file:line:col: message} lines for a wrong program; 2 and one {@code rt0gen: …} line
 * for everything that is not the program's fault. Never a Java stack trace.
 */
class MainTest {
    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
        /** What a user must never see. */
        Run noStackTrace() {
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
            return this;
        }
    }

    static Run rt0gen(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString()).noStackTrace();
    }

    Path program(String name, String mainGo) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("go.mod"), "module example.com/p\n\ngo 1.21\n");
        Files.writeString(dir.resolve("main.go"), mainGo);
        return dir;
    }

    static final String HELLO = "package main\n\nfunc main() {\n\tprintln(\"hello\")\n}\n";

    static String[] entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    static final String FIB = """
            package main

            func fib(n int) int {
            	if n < 2 {
            		return n
            	}
            	return fib(n-1) + fib(n-2)
            }

            func main() {
            	println(fib(20) / 2)
            }
            """;

    @Test
    void dashDSsaPrintsTheFunctionAfterLoweringEveryPassAndRegisterAllocation() throws Exception {
        Path prog = program("ssa", FIB);
        Run r = rt0gen("build", "-o", tmp.resolve("fib").toString(), "-d", "ssa=fib", prog.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("## main.fib after lower\nfunc main.fib(int) (int) {\n");
        for (var pass : dev.rt0gen.opt.Passes.ALL) assertThat(r.out()).contains("## main.fib after " + pass.name());
        assertThat(r.out()).contains("## main.fib after regalloc").contains("call main.fib(")
                .doesNotContain("main.main");
        // the IR printed after lowering reads back and verifies: what a learner sees is the IR
        String lowered = r.out().substring(r.out().indexOf("func "), r.out().indexOf("}\n") + 2);
        dev.rt0gen.ir.Verifier.verify(dev.rt0gen.ir.Parser.func(lowered));
        // main.main by its symbol; main.main's division by a constant is gone after strength
        Run m = rt0gen("build", "-o", tmp.resolve("fib").toString(), "-d", "ssa=main.main", prog.toString());
        assertThat(m.status()).isZero();
        String afterStrength = m.out().substring(m.out().indexOf("## main.main after strength"));
        assertThat(m.out().substring(0, m.out().indexOf("## main.main after strength"))).contains(" = div ");
        assertThat(afterStrength.substring(0, afterStrength.indexOf("## main.main after regalloc"))).doesNotContain(" = div ");
    }

    @Test
    void dashDPassOffLeavesThePassOutAndTheProgramCorrect() throws Exception {
        Path prog = program("passoff", FIB);
        Run on = rt0gen("build", "-o", tmp.resolve("bin-on").toString(), "-d", "ssa=main.main", prog.toString());
        assertThat(on.out()).contains("## main.main after strength");
        Run off = rt0gen("build", "-o", tmp.resolve("bin-off").toString(), "-d", "ssa=main.main,ssa/strength/off,ssa/early_copyelim/off", prog.toString());
        assertThat(off.status()).as(off.err()).isZero();
        assertThat(off.out()).doesNotContain("after strength").doesNotContain("after early copyelim").contains("after fold")
                .contains(" = div ");   // fib(20) / 2 stays a division
        for (String bin : List.of("bin-on", "bin-off")) {
            Process p = new ProcessBuilder(tmp.resolve(bin).toString()).redirectErrorStream(true).start();
            assertThat(new String(p.getInputStream().readAllBytes())).isEqualTo("3382\n");
            assertThat(p.waitFor()).isZero();
        }
    }

    @Test
    void dashDWithoutSuchAFunctionOrSettingIsAUsageError() throws Exception {
        Path prog = program("ssa2", FIB);
        Run none = rt0gen("build", "-o", tmp.resolve("x").toString(), "-d", "ssa=nosuch", prog.toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("rt0gen: -d ssa=nosuch: the program has no function nosuch\n");
        Run bad = rt0gen("build", "-o", tmp.resolve("x").toString(), "-d", "regalloc", prog.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("rt0gen: -d regalloc: expected ssa=FUNC or ssa/PASS/off, got regalloc\n");
        Run nopass = rt0gen("build", "-o", tmp.resolve("x").toString(), "-d", "ssa/fold/off,ssa/frob/off", prog.toString());
        assertThat(nopass.status()).isEqualTo(2);
        assertThat(nopass.err()).startsWith("rt0gen: -d ssa/fold/off,ssa/frob/off: no pass frob (the passes: early_copyelim fold ");
    }

    @Test
    void dashSPrintsTheWholeAssemblyToStdout() throws Exception {
        Path prog = program("s", HELLO);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int status;
        try {
            System.setOut(new java.io.PrintStream(bytes, false, java.nio.charset.StandardCharsets.UTF_8));
            status = Main.run("build", "-S", "-o", tmp.resolve("s.out").toString(), prog.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(status).isZero();
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).isEqualTo(Rt0gen.link(prog).assembly()).hasSizeGreaterThan(1 << 16);
    }

    @Test
    void buildsBetweenPathsWithSpacesAndNonAsciiCharacters() throws Exception {
        Path prog = program("my prögram 路径", HELLO);
        Path out = tmp.resolve("out dir ü").resolve("hello wörld");
        Run r = rt0gen("build", "-o", out.toString(), prog.toString());
        assertThat(r).isEqualTo(new Run(0, "", ""));
        assertThat(Files.readAllBytes(out)).isEqualTo(Rt0gen.compile(prog));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwxr-xr-x");
        assertThat(entries(out.getParent())).containsExactly("hello wörld");
        // one file as the program
        Path file = tmp.resolve("single ü.go");
        Files.writeString(file, HELLO);
        assertThat(rt0gen("build", "-o", tmp.resolve("single ü").toString(), file.toString()).status()).isZero();
        // (not the module's bytes: a file outside a module gets the toolchain's default GODEBUG,
        // a go 1.21 module its go line's, as with the go command)
        assertThat(Files.readAllBytes(tmp.resolve("single ü"))).isEqualTo(Rt0gen.compile(file));
    }

    @Test
    void aWrongProgramIsExit1WithPositionedErrorsAndNoOutput() throws Exception {
        Path prog = program("bad ü", "package main\n\nfunc main() {\n\tprintln(y)\n}\n");
        Path out = tmp.resolve("out");
        Run r = rt0gen("build", "-o", out.toString(), prog.toString());
        assertThat(r).isEqualTo(new Run(1, "", prog.resolve("main.go") + ":4:10: undefined: y\n"));
        assertThat(out).doesNotExist();
    }

    @Test
    void inputProblemsAreExit2WithOneLine() throws Exception {
        Path missing = tmp.resolve("no such ü");
        assertThat(rt0gen("build", "-o", tmp.resolve("o").toString(), missing.toString()))
                .isEqualTo(new Run(2, "", "rt0gen: " + missing + ": no such file or directory\n"));
        Path empty = tmp.resolve("empty dir");
        Files.createDirectories(empty);
        Files.writeString(empty.resolve("README.md"), "not Go\n");
        assertThat(rt0gen("build", "-o", tmp.resolve("o").toString(), empty.toString()))
                .isEqualTo(new Run(2, "", "rt0gen: " + empty + ": no Go files\n"));
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "x");
        assertThat(rt0gen("build", "-o", tmp.resolve("o").toString(), text.toString()))
                .isEqualTo(new Run(2, "", "rt0gen: " + text + ": not a Go source file (want a directory or FILE.go)\n"));
        assertThat(rt0gen("asm", "-o", tmp.resolve("o").toString(), missing + ".s"))
                .isEqualTo(new Run(2, "", "rt0gen: cannot read " + missing + ".s: no such file or directory\n"));
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anUnreadableSourceFileIsExit2WithOneLine() throws Exception {
        Path prog = program("unreadable", HELLO);
        Path mainGo = prog.resolve("main.go");
        Files.setPosixFilePermissions(mainGo, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(mainGo)) {
            // root reads through mode bits: a file whose read fails for everyone instead
            Files.delete(mainGo);
            Files.createSymbolicLink(mainGo, Path.of("/proc/self/mem"));
        }
        Run r = rt0gen("build", "-o", tmp.resolve("o").toString(), prog.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("rt0gen: cannot read " + mainGo + ": ").endsWith("\n");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(tmp.resolve("o")).doesNotExist();
        Files.delete(mainGo);   // before @TempDir's clean-up, which warns about links leaving it
    }

    @Test
    void outputProblemsAreExit2WithOneLine() throws Exception {
        Path prog = program("p", HELLO);
        Path dir = tmp.resolve("a dir");
        Files.createDirectories(dir);
        assertThat(rt0gen("build", "-o", dir.toString(), prog.toString()))
                .isEqualTo(new Run(2, "", "rt0gen: cannot write " + dir + ": is a directory\n"));
        Path mainGo = prog.resolve("main.go");
        Run r = rt0gen("build", "-o", mainGo.toString(), prog.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("rt0gen: refusing to write " + mainGo + ": it is a source file of the program (" + mainGo + ")\n");
        assertThat(Files.readString(mainGo)).isEqualTo(HELLO);

        Path locked = tmp.resolve("locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path lockedDir = Files.isWritable(locked) ? Path.of("/sys/kernel") : locked;   // root: sysfs refuses
        Path out = lockedDir.resolve("hello");
        assertThat(rt0gen("build", "-o", out.toString(), prog.toString()))
                .isEqualTo(new Run(2, "", "rt0gen: cannot write " + out + ": permission denied\n"));
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrorsAreExit2() {
        Run none = rt0gen();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).startsWith("rt0gen: missing command");
        Run unknown = rt0gen("build", "--frobnicate", "x");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rt0gen: Unknown option: '--frobnicate'");
    }

    /** A separate JVM: the Keystone library is loaded once per JVM, and this one has it. */
    @Test
    void noKeystoneLibraryIsExit2WithOneLine() throws Exception {
        Path prog = program("p", HELLO);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "-o", tmp.resolve("o").toString(), prog.toString());
        pb.environment().put("RT0GEN_KEYSTONE_LIB", "/nonexistent/libkeystone.so");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).as("stderr: %s", err).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).startsWith("rt0gen: no Keystone library at /nonexistent/libkeystone.so").endsWith("\n");
        assertThat(List.of(err.split("\n"))).hasSize(1);
        new Run(2, out, err).noStackTrace();
        assertThat(tmp.resolve("o")).doesNotExist();
    }
}
