package dev.rt0gen.api;

import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import dev.rt0gen.syntax.Parser;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Programs built to break a recursive compiler: nesting at and past the parser's limit, long
 * chains of declarations, constants that grow without bound. Each one compiles or is rejected
 * with a positioned error; none ends in a StackOverflowError or an OutOfMemoryError.
 */
class HostileInputTest {
    static final int N = Parser.MAX_NESTING;

    private static String main(String body) {
        return "package main\n\nfunc main() {\n" + body + "\n}\n";
    }

    private static void compiles(String src) throws CompileException {
        assertThat(Frontend.assemble(Programs.mainOnly(src))).isNotEmpty();
    }

    private static Diagnostic rejected(String src) {
        try {
            Frontend.assemble(Programs.mainOnly(src));
        } catch (CompileException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            return e.diagnostics().get(0);
        }
        throw new AssertionError("the program compiled");
    }

    /** {@code open}^n + inner + {@code close}^n */
    private static String nest(String open, String inner, String close, int n) {
        return open.repeat(n) + inner + close.repeat(n);
    }

    @Test
    void parenthesesUpToTheLimitCompileAndOneMoreIsAPositionedError() throws Exception {
        // x := (((…1…))): the statement, the expression and each parenthesis are levels
        compiles(main("x := " + nest("(", "1", ")", N - 10) + "\nprintln(x)"));
        Diagnostic d = rejected(main("x := " + nest("(", "1", ")", N + 10) + "\nprintln(x)"));
        assertThat(d.toString()).startsWith("./main.go:4:").contains("exceeded max nesting depth");
    }

    @Test
    void unaryOperatorsAndBlocksAndElseIfChains() throws Exception {
        compiles(main("x := " + "^".repeat(N - 10) + "1\nprintln(x, " + "!".repeat(N - 10) + "true)"));
        assertThat(rejected(main("println(" + "-".replace("-", "- ").repeat(N + 10) + "1)")).message())
                .contains("exceeded max nesting depth");
        compiles(main(nest("{\n", "println(1)\n", "}\n", N / 2 - 10)));
        assertThat(rejected(main(nest("{\n", "println(1)\n", "}\n", N + 10))).message()).contains("exceeded max nesting depth");
        StringBuilder chain = new StringBuilder("x := 7\nif x == 0 {\nprintln(0)\n}");
        for (int i = 1; i < N / 2 - 10; i++) chain.append(" else if x == ").append(i).append(" {\nprintln(").append(i).append(")\n}");
        compiles(main(chain.toString()));
    }

    @Test
    void longOperatorChainsLeanLeftAndCountEachOperator() throws Exception {
        // a + a + … + a: a left-deep tree as deep as the chain is long
        compiles(main("a := 1\nx := a" + " + a".repeat(N - 10) + "\nprintln(x)"));
        compiles(main("s := \"s\"\nt := s" + " + s".repeat(N / 2) + "\nprintln(t)"));
        Diagnostic d = rejected(main("a := 1\nx := a" + " + a".repeat(N + 10) + "\nprintln(x)"));
        assertThat(d.message()).contains("exceeded max nesting depth");
        assertThat(d.pos().line()).isEqualTo(5);
    }

    @Test
    void longChainsOfDeclarationsEachReferringToTheNext() throws Exception {
        int n = 20000;
        StringBuilder consts = new StringBuilder("package main\n\n");
        StringBuilder vars = new StringBuilder();
        StringBuilder funcs = new StringBuilder();
        for (int i = 0; i < n; i++) {
            consts.append("const c").append(i).append(" = c").append(i + 1).append(" + 1\n");
            vars.append("var v").append(i).append(" = v").append(i + 1).append(" + f").append(i).append("()\n");
            funcs.append("func f").append(i).append("() int { return f").append(i + 1).append("() }\n");
        }
        consts.append("const c").append(n).append(" = 0\n");
        vars.append("var v").append(n).append(" = 0\n");
        funcs.append("func f").append(n).append("() int { return 1 }\n");
        compiles(consts + vars.toString() + funcs + "func main() { println(c0, v0) }\n");
    }

    @Test
    void runningOutOfStackAnywayIsAPositionedErrorNotAStackOverflowError() {
        // the same kind of chain on a 1 MiB stack: the last line of defence, a positioned error
        StringBuilder sb = new StringBuilder("package main\n\n");
        for (int i = 0; i < 20000; i++) sb.append("const c").append(i).append(" = c").append(i + 1).append(" + 1\n");
        sb.append("const c20000 = 0\n\nfunc main() { println(c0) }\n");
        assertThatThrownBy(() -> Frontend.assemble(Programs.mainOnly(sb.toString()), 1 << 20))
                .isInstanceOf(CompileException.class)
                .hasMessage("./main.go:1:1: program too deeply nested or recursive for rt0gen (the compiler ran out of stack)");
    }

    @Test
    void untypedConstantsStayWithinGcsPrecisionOf512Bits() {
        // types2: "constant shift overflow" past 512 bits; a product of such constants never grows
        assertThat(rejected("package main\n\nconst big = 1 << 600\n\nfunc main() {}\n").toString())
                .isEqualTo("./main.go:3:15: constant shift overflow");
        StringBuilder sb = new StringBuilder("package main\n\nconst c0 = 1 << 500\n");
        for (int i = 1; i < 64; i++) sb.append("const c").append(i).append(" = c").append(i - 1).append(" * c").append(i - 1).append('\n');
        sb.append("\nfunc main() {}\n");
        assertThat(rejected(sb.toString()).toString()).isEqualTo("./main.go:4:15: constant multiplication overflow");
    }

    @Test
    void constantStringsThatDoubleArePositionedErrorsNotOutOfMemory() {
        StringBuilder sb = new StringBuilder("package main\n\nconst s0 = \"0123456789abcdef\"\n");
        for (int i = 1; i < 64; i++) sb.append("const s").append(i).append(" = s").append(i - 1).append(" + s").append(i - 1).append('\n');
        sb.append("\nfunc main() { println(len(s63)) }\n");
        Diagnostic d = rejected(sb.toString());
        assertThat(d.toString()).startsWith("./main.go:").contains("constant string too long");
    }

    @Test
    void deepProgramsCompileFromAThreadWithASmallStack() throws Exception {
        // a ForkJoinPool thread has the JVM's default stack; the stages bring their own
        String src = main("x := " + nest("(", "1", ")", N - 10) + "\nprintln(x)");
        List<?> units = ForkJoinPool.commonPool().submit(() -> Frontend.assemble(Programs.mainOnly(src))).get();
        assertThat(units).isNotEmpty();
    }

    @Test
    void nestingErrorsSayWhere() {
        assertThatThrownBy(() -> Frontend.assemble(Programs.mainOnly(main("println(" + nest("(", "1", ")", N + 1) + ")"))))
                .isInstanceOf(CompileException.class)
                .hasMessageStartingWith("./main.go:4:")
                .hasMessageContaining("exceeded max nesting depth");
    }
}
