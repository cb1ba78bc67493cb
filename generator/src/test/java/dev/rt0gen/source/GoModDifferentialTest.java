package dev.rt0gen.source;

import dev.rt0gen.compare.GoToolchain;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * go.mod and {@code //go:debug} lines, each built by the go command (go1.26, the oracle:
 * {@code GOTOOLCHAIN=local GOPROXY=off go build}) and loaded by rt0gen: both accept or both
 * reject, and when both reject, rt0gen's first error is in the file and at the line (and the
 * column, when the go command prints one) of the go command's, with the go command's message.
 * The few cases where rt0gen differs on purpose are listed with the reason, and checked too:
 * the go command's verdict is asserted, so a change in Go shows here.
 */
public class GoModDifferentialTest {
    @TempDir
    Path work;

    public static final String MAIN = "package main\n\nfunc main() {}\n";

    /** What rt0gen does differently from the go command, and why. */
    public enum Differs {
        NO,
        /** rt0gen cannot build a module with dependencies or ignore patterns: it refuses the directive at its line. */
        RT0GEN_REFUSES_UNSUPPORTED,
        /** rt0gen implements the go1.26 language and does not tell its patch releases apart; go1.26.8 refuses 1.26.9. */
        PATCH_RELEASE,
        /** same verdict and position, other words: the go command names its exact toolchain, or an absolute path. */
        WORDING
    }

    public record Case(String name, String goMod, String mainGo, Differs differs) {
        Case(String name, String goMod) {
            this(name, goMod, MAIN, Differs.NO);
        }

        Case(String name, String goMod, Differs d) {
            this(name, goMod, MAIN, d);
        }
    }

    static final String M = "module example.com/m\n\ngo 1.26\n";

    public static final List<Case> CASES = List.of(
            // accepted
            new Case("plain", M),
            new Case("no go line", "module m\n"),
            new Case("quoted module", "module \"example.com/m\"\n"),
            new Case("module block", "module (\n\tm\n)\n"),
            new Case("comments", "// head\nmodule m // the path\n\n// go\ngo 1.21 // old\n"),
            new Case("CRLF", "module m\r\n\r\ngo 1.21\r\n"),
            new Case("go rc", "module m\ngo 1.21rc1\n"),
            new Case("go patch", "module m\ngo 1.24.3\n"),
            new Case("toolchain", "module m\ngo 1.21\ntoolchain go1.99\n"),
            new Case("godebug line and block", "module m\ngo 1.21\ngodebug panicnil=1\ngodebug (\n\tcontainermaxprocs=1\n\tupdatemaxprocs=0 // x\n)\n"),
            new Case("godebug empty block", "module m\ngodebug ()\n"),
            new Case("godebug empty value", "module m\ngodebug panicnil=\n"),
            new Case("godebug repeated", "module m\ngodebug panicnil=1\ngodebug panicnil=0\n"),
            new Case("godebug default", "module m\ngodebug default=go1.21\n"),
            new Case("godebug default rc", "module m\ngodebug default=go1.21rc1\n"),
            new Case("module with dots", "module a..b\n"),
            new Case("module upper case", "module M\n"),
            new Case("module +", "module a/b+c\n"),
            // the lexer and the block grammar
            new Case("unterminated block", "module m\n\ngo 1.21\ngodebug (\n", Differs.WORDING),
            new Case("unterminated block with a line", "module m\ngodebug (\n\tpanicnil=1\n", Differs.WORDING),
            new Case("unterminated string", "module \"m\n"),
            new Case("unterminated string at EOF", "module m\ngodebug \"a"),
            new Case("unterminated raw string", "module m\ngodebug `a\n"),
            new Case("block comment", "module m\n/* x */\n"),
            new Case("block comment after a word", "module m/* x */\n"),
            new Case("control character", "module m\n\u0001\n"),
            new Case("NUL", "module m\ngo 1.21\u0000\n"),
            new Case("no newline after )", "module m\ngodebug (\npanicnil=1\n) x\n"),
            new Case("lone (", "module m\n(\n"),
            new Case("lone )", "module m\n)\n"),
            new Case("go block", "module m\ngo (\n1.21\n)\n"),
            new Case("two-word block", "module m\ngodebug x (\npanicnil=1\n)\n"),
            new Case("unknown block", "module m\nfoo (\nbar\n)\n"),
            // directives
            new Case("unknown directive", "module m\nfoo bar\n"),
            new Case("unknown directive, no argument", "module m\nfoo\n"),
            new Case("not UTF-8", "module m\n\u00ff\n"),
            new Case("missing module", "go 1.21\n"),
            new Case("empty go.mod", ""),
            new Case("only comments", "// nothing\n"),
            new Case("repeated module", "module m\nmodule n\n"),
            new Case("repeated bare module", "module m\nmodule\n"),
            new Case("module without path", "module\n"),
            new Case("module with two paths", "module m n\n"),
            new Case("module in single quotes", "module 'a'\n"),
            new Case("module in backquotes", "module `m`\n"),
            new Case("module bad escape", "module \"m\\q\"\n"),
            new Case("module leading dash", "module -x\n"),
            new Case("module trailing slash", "module m/\n"),
            new Case("module double slash", "module a//b\n"),
            new Case("module space", "module \"a b\"\n"),
            new Case("module dot element", "module a/./b\n"),
            new Case("module trailing dot", "module a/b.\n"),
            new Case("module windows name", "module a/con\n"),
            new Case("module tilde digits", "module a/b~1\n"),
            new Case("go abc", "module m\n\ngo abc\n"),
            new Case("go 1", "module m\ngo 1\n"),
            new Case("go 01.2", "module m\ngo 01.2\n"),
            new Case("go 1.21.0.1", "module m\ngo 1.21.0.1\n"),
            new Case("go with two words", "module m\ngo 1.26 x\n"),
            new Case("go without version", "module m\ngo\n"),
            new Case("repeated go", "module m\ngo 1.21\ngo 1.22\n"),
            new Case("go too new", "module m\ngo 1.99\n", Differs.WORDING),
            new Case("go 2.0", "module m\ngo 2.0\n", Differs.WORDING),
            new Case("go next patch", "module m\ngo 1.26.99\n", Differs.PATCH_RELEASE),
            new Case("toolchain abc", "module m\ntoolchain abc\n"),
            new Case("repeated toolchain", "module m\ntoolchain go1.21\ntoolchain go1.22\n"),
            new Case("godebug unknown key", "module m\ngodebug foo=1\n"),
            new Case("godebug unknown key in a block", "module m\ngodebug (\n\tpanicnil=1\n\tfoo=1\n)\n"),
            new Case("godebug removed key", "module m\ngodebug x509sha1=1\n"),
            new Case("godebug without =", "module m\ngodebug panicnil\n"),
            new Case("godebug two settings", "module m\ngodebug panicnil=1 x=2\n"),
            new Case("godebug quoted", "module m\ngodebug \"panicnil=1\"\n"),
            new Case("godebug comma", "module m\ngodebug panicnil=1,x=2\n"),
            new Case("godebug empty key", "module m\ngodebug =1\n"),
            new Case("godebug default not a version", "module m\ngodebug default=1.21\n"),
            new Case("godebug default too new", "module m\ngodebug default=go1.99\n", Differs.WORDING),
            new Case("godebug one-line block", "module m\ngodebug ( panicnil=1 )\n"),
            new Case("require", "module m\nrequire example.com/x v1.0.0\n", Differs.WORDING),
            new Case("exclude", "module m\nexclude example.com/x v1.0.0\n", Differs.RT0GEN_REFUSES_UNSUPPORTED),
            new Case("retract", "module m\nretract v1.0.0\n", Differs.RT0GEN_REFUSES_UNSUPPORTED),
            new Case("replace", "module m\nreplace example.com/x => ./x\n", Differs.RT0GEN_REFUSES_UNSUPPORTED),
            new Case("ignore", "module m\nignore ./x\n", Differs.RT0GEN_REFUSES_UNSUPPORTED),
            // //go:debug directives
            new Case("directive", M, "//go:debug panicnil=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive after a doc comment", M, "//go:debug panicnil=1\n\n// Doc.\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive indented", M, "  //go:debug panicnil=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive after the package clause", M, "package main\n\n//go:debug foo=1\nfunc main() {}\n", Differs.NO),
            new Case("directive in a block comment", M, "/*\n//go:debug foo=1\n*/\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive unknown key", M, "//go:debug foo=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive without =", M, "//go:debug panicnil\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive empty", M, "//go:debug\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive two settings", M, "//go:debug panicnil=1 x=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive spaces around =", M, "//go:debug  panicnil = 1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive repeated", M, "//go:debug panicnil=1\n//go:debug panicnil=0\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive default not a version", M, "//go:debug default=1.21\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive default too new", M, "//go:debug default=go1.99\npackage main\n\nfunc main() {}\n", Differs.WORDING),
            new Case("directive removed key", M, "//go:debug x509sha1=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive debugx", M, "//go:debugx panicnil=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive debugx unknown", M, "//go:debugx foo=1\npackage main\n\nfunc main() {}\n", Differs.NO),
            new Case("directive on the second line", M, "// x\n\t//go:debug foo=1\npackage main\n\nfunc main() {}\n", Differs.NO));

    /** The go command's first positioned error: {@code FILE:LINE[:COL]: message}. */
    static final Pattern GO_ERROR = Pattern.compile("(?m)^(?:\\./)?(go\\.mod|main\\.go):([0-9]+)(?::([0-9]+))?: (.*)$");

    record GoResult(int exit, String output) {
    }

    GoResult goBuild(Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(GoToolchain.go().toString(), "build", "-o", "/dev/null", ".")
                .directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOTOOLCHAIN", "local");
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "-mod=readonly");   // never let it rewrite go.mod
        env.put("CGO_ENABLED", "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("go build did not finish in %s", dir);
        }
        return new GoResult(p.exitValue(), out);
    }

    @TestFactory
    List<DynamicTest> rt0genAcceptsAndRejectsWhatTheGoCommandDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Case c : CASES) {
            String dirName = "c" + n++;
            tests.add(DynamicTest.dynamicTest(c.name() + (c.differs() == Differs.NO ? "" : " (differs: " + c.differs() + ")"), () -> {
                Path dir = work.resolve(dirName);
                Files.createDirectories(dir);
                Files.write(dir.resolve("go.mod"), c.goMod().getBytes(StandardCharsets.ISO_8859_1));
                Files.writeString(dir.resolve("main.go"), c.mainGo());
                CompileException rt = null;
                try {
                    SourceLoader.load(dir);
                } catch (CompileException e) {
                    rt = e;
                }
                GoResult go = goBuild(dir);
                assertThat(Files.readAllBytes(dir.resolve("go.mod"))).as("go.mod after go build")
                        .isEqualTo(c.goMod().getBytes(StandardCharsets.ISO_8859_1));
                String both = "go build said (exit " + go.exit() + "):\n" + go.output() + "\nrt0gen said: " + (rt == null ? "(nothing)" : rt.diagnostics());
                switch (c.differs()) {
                    case RT0GEN_REFUSES_UNSUPPORTED -> {
                        assertThat(go.exit()).as(both).isZero();
                        assertThat(rt).as(both).isNotNull();
                        assertThat(rt.diagnostics().get(0).message()).as(both).endsWith("are not supported by rt0gen (a module without dependencies)");
                        assertThat(rt.diagnostics().get(0).pos()).isEqualTo(new Pos(dir.resolve("go.mod").toString(), 2, 1));
                        return;
                    }
                    case PATCH_RELEASE -> {
                        assertThat(go.exit()).as(both).isNotZero();
                        assertThat(go.output()).as(both).contains("go.mod requires go >= ");
                        assertThat(rt).as(both).isNull();
                        return;
                    }
                    default -> {
                    }
                }
                if (go.exit() == 0) {
                    assertThat(rt).as(both).isNull();
                    return;
                }
                assertThat(rt).as(both).isNotNull();
                Diagnostic first = rt.diagnostics().get(0);
                Matcher m = GO_ERROR.matcher(go.output());
                if (!m.find()) {
                    // the go command names no position (a missing module line, a too new go line,
                    // a malformed module path): rt0gen puts it at the go.mod line it comes from
                    assertThat(first.pos().file()).as(both).isEqualTo(dir.resolve("go.mod").toString());
                    assertThat(first.pos().col()).as(both).isEqualTo(1);
                    String goMessage = go.output().strip().replaceFirst("^go: (error reading go.mod: )?", "");
                    if (c.differs() == Differs.NO) assertThat(first.message()).as(both).isEqualTo(goMessage);
                    return;
                }
                assertThat(first.pos().file()).as(both).isEqualTo(dir.resolve(m.group(1)).toString());
                assertThat(first.pos().line()).as(both).isEqualTo(Integer.parseInt(m.group(2)));
                assertThat(first.pos().col()).as(both).isEqualTo(m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
                if (c.differs() == Differs.NO) {
                    String goFirst = m.group(4);
                    // a second line of the same error (repeated //go:debug names the previous one)
                    int end = m.end();
                    String rest = go.output().substring(Math.min(end + 1, go.output().length()));
                    if (rest.startsWith("\t")) goFirst += "\n" + rest.lines().findFirst().orElse("");
                    String expect = goFirst.replace("\t./main.go", "\t" + dir.resolve("main.go"));
                    assertThat(first.message()).as(both).isEqualTo(expect);
                }
            }));
        }
        return tests;
    }
}
