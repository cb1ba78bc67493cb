package dev.rt0gen.check;

import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.testing.Programs;
import dev.rt0gen.types.Basic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class CheckerTest {
    @ParameterizedTest
    @ValueSource(strings = {"v01_varorder", "v02_files", "v03_pkgs", "v04_funcdeps", "v05_exit", "v06_print"})
    void corpusProgramsCheck(String name) throws Exception {
        CheckedProgram p = Programs.check(Programs.corpus(name));
        assertThat(p.packages().get(p.packages().size() - 1).path()).isEqualTo("main");
    }

    @Test
    void packagesInImportOrder() throws Exception {
        CheckedProgram p = Programs.check(Programs.corpus("v03_pkgs"));
        assertThat(p.packages()).extracting(CheckedProgram.Package::path)
                .containsExactly("example.com/v03_pkgs/a", "example.com/v03_pkgs/b", "main");
    }

    @Test
    void foldsConstantsWithIota() throws Exception {
        CheckedProgram p = Programs.check(Programs.mainOnly("""
                package main

                const (
                	a = iota * 10
                	b
                	c, d = iota, "s" + "t"
                )
                const big = 1 << 100 >> 98
                const n int = len(d) + big

                func main() { println(a, b, c, d, n) }
                """));
        Map<String, Object> values = new java.util.HashMap<>();
        p.info().objects.values().forEach(o -> {
            if (o instanceof Obj.Const c && c.pos() != null) values.put(c.name(), c.value());
        });
        assertThat(values).containsEntry("a", BigInteger.ZERO).containsEntry("b", BigInteger.TEN)
                .containsEntry("c", BigInteger.TWO).containsEntry("d", "st").containsEntry("n", BigInteger.valueOf(6));
    }

    @Test
    void bindsEveryIdentifierAndTypesExpressions() throws Exception {
        CheckedProgram p = Programs.check(Programs.mainOnly("""
                package main

                var g = 1

                func f(x int) (int, string) { return x + g, "s" }

                func main() {
                	a, s := f(2)
                	println(a == 3, s < "t")
                }
                """));
        var funcs = p.packages().get(0).funcs();
        assertThat(funcs).extracting(Obj.Func::symbol).containsExactly("main.f", "main.main");
        CheckedProgram.FuncInfo fi = p.info().funcs.get(funcs.get(1));
        assertThat(fi.locals()).extracting(Obj.Var::name).containsExactly("a", "s");
        assertThat(fi.locals()).extracting(Obj.Var::type).containsExactly(Basic.INT, Basic.STRING);
        assertThat(p.packages().get(0).deps().get(funcs.get(0))).extracting(Obj::name).containsExactly("g");
    }

    /**
     * A non-constant shift count of an untyped constant shift becomes a uint (found when the
     * parser stopped rejecting shift3.go's complex literals: rt0gen crashed on it); a shifted
     * untyped float constant must end up an integer. Checked against go1.26.
     */
    @Test
    void nonConstantShiftsOfUntypedConstants() throws Exception {
        Programs.check(Programs.mainOnly("package main\n\nfunc main() {\n\tx, n := 1, 1\n\tprintln(x<<(1<<n), x<<(1.<<n))\n}\n"));
        assertThat(Programs.errors(Programs.mainOnly("package main\n\nfunc main() {\n\tn := 1\n\tprintln(1.<<n)\n}\n")))
                .isEqualTo("./main.go:5:10: invalid operation: shifted operand 1. (type float64) must be integer\n");
    }

    @Test
    void rt0genLimits() {
        assertThat(Programs.errors("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n"))
                .isEqualTo("./main.go:3:8: package fmt is not supported by rt0gen\n");
        assertThat(Programs.errors("package main\n\nimport \"os\"\n\nfunc main() { println(os.Stdout) }\n"))
                .isEqualTo("./main.go:5:26: os.Stdout is not supported by rt0gen\n");
        assertThat(Programs.errors("package main\n\nfunc main() { var b comparable; _ = b }\n"))
                .isEqualTo("./main.go:3:21: type comparable is not supported by rt0gen\n");
        // a range-over-func body is a function: a goto out of it is left out
        assertThat(Programs.errors("package main\n\nfunc seq(yield func() bool) {}\n\nfunc main() {\n\tfor range seq {\n\t\tgoto L\n\t}\nL:\n}\n"))
                .isEqualTo("./main.go:7:3: goto L out of the body of a range over a function is not supported by rt0gen\n");
        assertThat(Programs.errors("package main\n\nfunc main() { defer len(\"a\") }\n"))
                .isEqualTo("./main.go:3:21: defer len(…): only calls of functions and func values are supported by rt0gen in defer statements\n");
        // an untyped float constant becomes a declared float type (found merging floats with named types)
        assertThatCode(() -> Programs.check(Programs.mainOnly("package main\n\ntype T float64\n\nfunc main() { var t T = 1.5; t += 2; println(t) }\n")))
                .doesNotThrowAnyException();
        assertThat(Programs.errors("package main\n\ntype T float64\n\nfunc main() { var t T = 1e400; println(t) }\n"))
                .isEqualTo("./main.go:5:25: cannot use 1e400 (untyped float constant 1e+400) as T value in variable declaration (overflows)\n");
    }

    @Test
    void moreGcMessages() {
        // recorded from go 1.26
        assertThat(Programs.errors("package main\n\nvar a int\n\nfunc f() {}\n"))
                .isEqualTo("function main is undeclared in the main package\n");
        assertThat(Programs.errors("package main\n\nimport \"os\"\n\nfunc main() {}\n"))
                .isEqualTo("./main.go:3:8: \"os\" imported and not used\n");
        assertThat(Programs.errors("package main\n\nfunc main() {\n\tx := 1\n}\n"))
                .isEqualTo("./main.go:4:2: declared and not used: x\n");
        assertThat(Programs.errors("package main\n\nfunc main() {\n\tfor {\n\t\tcontinue\n\t}\n\tcontinue\n}\n"))
                .isEqualTo("./main.go:7:2: continue is not in a loop\n");
        assertThat(Programs.errors("package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() { f() }\n"))
                .isEqualTo("./main.go:7:1: missing return\n");
    }

    @Test
    void terminatingStatementsNeedNoReturn() throws Exception {
        Programs.check(Programs.mainOnly("""
                package main

                func f(x int) int {
                	if x > 0 {
                		return 1
                	} else {
                		return 2
                	}
                }

                func g(x int) int {
                	for {
                	}
                }

                func h(x int) int {
                	switch x {
                	case 1:
                		return 1
                	default:
                		return 0
                	}
                }

                func main() { println(f(1), g(1), h(1)) }
                """));
    }

    @Test
    void importedVariablesAreAssignable() throws Exception {
        Programs.check(Programs.tree(Map.of(
                "main.go", "package main\n\nimport \"example.com/t/a\"\n\nfunc main() {\n\ta.X += 1\n\ta.X = 2\n\ta.X++\n\tprintln(a.X)\n}\n",
                "a/a.go", "package a\n\nvar X int\n")));
        // gc 1.26 prints this line after a spurious "./main.go:6:2: use of package a not in selector"
        assertThat(Programs.errors(Programs.tree(Map.of(
                "main.go", "package main\n\nimport \"example.com/t/a\"\n\nfunc main() {\n\ta.K = 1\n}\n",
                "a/a.go", "package a\n\nconst K = 1\n"))))
                .isEqualTo("./main.go:6:2: cannot assign to a.K (neither addressable nor a map index expression)\n");
    }

    /**
     * gc's linker, not its type checker, says main is missing: only a program without other
     * errors gets that message (fuzzing found "too many errors" without a position when it was
     * the tenth).
     */
    @Test
    void aMissingMainIsReportedOnlyWhenNothingElseIsWrong() {
        assertThat(Programs.errors("package main\n\nfunc f() {}\n"))
                .isEqualTo("function main is undeclared in the main package\n");
        assertThat(Programs.errors("package main\n\nvar x int = \"s\"\n"))
                .isEqualTo("./main.go:3:13: cannot use \"s\" (untyped string constant) as int value in variable declaration\n");
    }

    /** types2's declarePkgObj. */
    @Test
    void packageLevelConstantsAndVariablesCannotBeNamedMainOrInit() {
        assertThat(Programs.errors("package main\n\nvar main = 1\n\nconst init = 2\n"))
                .isEqualTo("./main.go:3:5: cannot declare main - must be func\n./main.go:5:7: cannot declare init - must be func\n");
    }

    /**
     * min and max of constants are constants (types2's _Max, _Min): the untyped operands matched
     * pairwise, so min(1, 2.5) is the untyped float 1; a variable argument makes a value of the
     * one type every argument then has. Checked against go1.26.
     */
    @Test
    void minAndMaxOfConstantsAreConstants() throws Exception {
        CheckedProgram p = Programs.check(Programs.mainOnly("""
                package main

                const (
                	a = min(1, 2.5)
                	b = max(1, 2.5, 'a')
                	c = min(3, 'a', 2)
                	d = max("go", "gopher", "a")
                	e = min(7)
                	f = max(1<<62, 1<<63)
                )

                const g int8 = max(-3, 4)

                func main() {
                	x := 1.5
                	var i int8 = 3
                	println(a, b, c, d, e, f-1<<62, g, min(x, 1), max(2, i, 5))
                }
                """));
        Map<String, Obj.Const> consts = new java.util.HashMap<>();
        p.info().objects.values().forEach(o -> {
            if (o instanceof Obj.Const k && k.pos() != null) consts.put(k.name(), k);
        });
        assertThat(consts.get("a").type()).isEqualTo(Basic.UNTYPED_FLOAT);
        assertThat(Constants.show(consts.get("a").value())).isEqualTo("1");
        assertThat(consts.get("b").type()).isEqualTo(Basic.UNTYPED_FLOAT);
        assertThat(Constants.show(consts.get("b").value())).isEqualTo("97");
        assertThat(consts.get("c").type()).isEqualTo(Basic.UNTYPED_RUNE);
        assertThat(consts.get("c").value()).isEqualTo(BigInteger.TWO);
        assertThat(consts.get("d").type()).isEqualTo(Basic.UNTYPED_STRING);
        assertThat(consts.get("d").value()).isEqualTo("gopher");
        assertThat(consts.get("e").type()).isEqualTo(Basic.UNTYPED_INT);
        assertThat(consts.get("e").value()).isEqualTo(BigInteger.valueOf(7));
        assertThat(consts.get("f").value()).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(consts.get("g").type()).isEqualTo(Basic.INT8);
        assertThat(consts.get("g").value()).isEqualTo(BigInteger.valueOf(4));
        // the calls with a variable: values of the variable's type, every argument of that type
        java.util.List<CheckedProgram.TypeAndValue> calls = new java.util.ArrayList<>();
        java.util.List<CheckedProgram.TypeAndValue> constArgs = new java.util.ArrayList<>();
        p.info().types.forEach((ex, tv) -> {
            if (ex instanceof Expr.Call call && call.fun() instanceof Expr.Ident id && (id.name().equals("min") || id.name().equals("max"))
                    && call.args().size() > 1 && !tv.isConstant()) {
                calls.add(tv);
                for (Expr arg : call.args()) {
                    if (arg instanceof Expr.IntLit) constArgs.add(p.info().types.get(arg));
                }
            }
        });
        assertThat(calls).extracting(CheckedProgram.TypeAndValue::type).containsExactlyInAnyOrder(Basic.FLOAT64, Basic.INT8);
        assertThat(constArgs).extracting(CheckedProgram.TypeAndValue::type)
                .containsExactlyInAnyOrder(Basic.FLOAT64, Basic.INT8, Basic.INT8);
    }

    /** min and max are Go 1.21's: an older go line in go.mod rejects them as gc does (go1.26's text). */
    @Test
    void minAndMaxNeedGo121() {
        dev.rt0gen.source.SourceTree t = Programs.mainOnly("package main\n\nfunc main() {\n\tx := 1\n\tprintln(min(x, 2), max(3, 4))\n}\n");
        assertThat(Programs.errors(new dev.rt0gen.source.SourceTree(t.modulePath(), t.main(), t.packages(), t.godebugDefault(), 20)))
                .isEqualTo("./main.go:5:10: built-in min requires go1.21 or later (-lang was set to go1.20; check go.mod)\n"
                        + "./main.go:5:21: built-in max requires go1.21 or later (-lang was set to go1.20; check go.mod)\n");
        assertThatCode(() -> Programs.check(new dev.rt0gen.source.SourceTree(t.modulePath(), t.main(), t.packages(), t.godebugDefault(), 21)))
                .doesNotThrowAnyException();
    }
}
