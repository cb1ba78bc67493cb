package dev.rt0gen.syntax;

import dev.rt0gen.syntax.Supported.Construct;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every construct Supported rejects is rejected where it appears, with its message and
 * position (the construct's first token), and nothing else is said of the program: the parser
 * rejects generics, type aliases and dot imports, the checker the others.
 */
class SupportedTest {
    /** A program's declarations (from line 3) using the construct, and the column it is rejected at on line 3. */
    private record Use(String decls, int col) {
    }

    private static final Map<Construct, Use> USES = new EnumMap<>(Map.ofEntries(
            Map.entry(Construct.TYPE_ALIASES, new Use("type T = int", 8)),
            Map.entry(Construct.GENERIC_TYPES, new Use("type T[P any] int", 7)),
            Map.entry(Construct.DOT_IMPORTS, new Use("import . \"os\"", 8)),
            Map.entry(Construct.QUALIFIED_TYPE_NAMES, new Use("var x os.File", 7)),
            Map.entry(Construct.MAP_TYPES, new Use("var x map[int]int", 7)),
            Map.entry(Construct.FUNC_TYPES, new Use("var x func()", 7)),
            Map.entry(Construct.INTERFACE_TYPES, new Use("var x interface{}", 7)),
            Map.entry(Construct.METHODS, new Use("func (t T) m() { println(t) }\n\ntype T int", 6)),
            Map.entry(Construct.GENERIC_FUNCS, new Use("func f[T any]() {}", 7)),
            Map.entry(Construct.VARIADIC_PARAMS, new Use("func f(...int) {}", 8)),
            Map.entry(Construct.FUNC_LITS, new Use("var f = func() {}", 9)),
            Map.entry(Construct.DEFER, new Use("func f() { defer g() }\n\nfunc g() {}", 12)),
            Map.entry(Construct.TYPE_SWITCHES, new Use("func f(x int) { switch x.(type) {} }", 26)),
            Map.entry(Construct.TYPE_ASSERTIONS, new Use("func f(x int) { _ = x.(int) }", 23)),
            Map.entry(Construct.VARIADIC_CALLS, new Use("func f(x int) { f(x...) }", 20)),
            Map.entry(Construct.COMPLEX, new Use("var y = 1.5i", 9))));

    @Test
    void everyConstructIsRejectedWithItsMessage() {
        assertThat(USES.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Construct.class));
        for (Map.Entry<Construct, Use> e : USES.entrySet()) {
            String src = "package main\n\n" + e.getValue().decls() + "\n\nfunc main() {}\n";
            assertThat(Programs.errors(Programs.mainOnly(src))).as(e.getValue().decls())
                    .isEqualTo("./main.go:3:" + e.getValue().col() + ": " + e.getKey().message() + "\n");
        }
    }

    /** Variables and packages named only in a rejected construct are used: the rejection is the one error. */
    @Test
    void aRejectionBringsNoOtherErrors() {
        String src = """
                package main

                import "os"

                type S struct{ f int }

                func (s S) m() { os.Exit(1) }

                func main() {
                	var s S
                	s.m()
                	a := 1
                	b := map[int]int{a: a}
                	var i interface{} = b
                	c := func() int { return s.f }
                	_ = c
                	_ = i
                }
                """;
        assertThat(Programs.errors(Programs.mainOnly(src))).isEqualTo("""
                ./main.go:7:6: methods are not supported by rt0gen
                ./main.go:13:7: map types are not supported by rt0gen
                ./main.go:14:8: interface types are not supported by rt0gen
                ./main.go:15:7: function literals are not supported by rt0gen
                """);
    }

    @Test
    void theCheckerAsksForPredeclaredNamesAndPackages() {
        assertThat(Supported.leftOutPredeclared("float32")).isTrue();
        assertThat(Supported.leftOutPredeclared("float64")).isFalse();
        assertThat(Supported.leftOutPredeclared("int")).isFalse();
        assertThat(Supported.leftOutPredeclared("panic")).isFalse();
        assertThat(Supported.stdPackage("os")).isTrue();
        assertThat(Supported.stdPackage("fmt")).isFalse();
    }
}
