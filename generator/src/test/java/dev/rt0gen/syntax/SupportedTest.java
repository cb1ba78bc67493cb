package dev.rt0gen.syntax;

import dev.rt0gen.syntax.Supported.Construct;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.syntax.Parser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every construct Supported rejects is rejected by the parser where it appears, with its message and position. */
class SupportedTest {
    /** A declaration (on line 3 of a file) using the construct. */
    private static final Map<Construct, String> USES = new EnumMap<>(Map.ofEntries(
            Map.entry(Construct.TYPE_ALIASES, "type T = int"),
            Map.entry(Construct.GENERIC_TYPES, "type T[P any] int"),
            Map.entry(Construct.DOT_IMPORTS, "import . \"os\""),
            Map.entry(Construct.QUALIFIED_TYPE_NAMES, "var x os.File"),
            Map.entry(Construct.ARRAY_SLICE_TYPES, "var x []int"),
            Map.entry(Construct.POINTER_TYPES, "var x *int"),
            Map.entry(Construct.PARENTHESIZED_TYPES, "var x (int)"),
            Map.entry(Construct.MAP_TYPES, "var x map[int]int"),
            Map.entry(Construct.CHAN_TYPES, "var x chan int"),
            Map.entry(Construct.FUNC_TYPES, "var x func()"),
            Map.entry(Construct.STRUCT_TYPES, "var x struct{}"),
            Map.entry(Construct.INTERFACE_TYPES, "var x interface{}"),
            Map.entry(Construct.METHODS, "func (t int) m() {}"),
            Map.entry(Construct.GENERIC_FUNCS, "func f[T any]() {}"),
            Map.entry(Construct.VARIADIC_PARAMS, "func f(...int) {}"),
            Map.entry(Construct.FUNC_LITS, "var f = func() {}"),
            Map.entry(Construct.DEFER, "func f() { defer g() }"),
            Map.entry(Construct.SELECT, "func f() { select {} }"),
            Map.entry(Construct.RANGE, "func f() { for range 3 {} }"),
            Map.entry(Construct.CHANNEL_OPS, "func f() { c <- 1 }"),
            Map.entry(Construct.POINTERS, "var p = &x"),
            Map.entry(Construct.TYPE_ASSERTIONS, "var y = x.(int)"),
            Map.entry(Construct.VARIADIC_CALLS, "var y = f(x...)"),
            Map.entry(Construct.INDEX_SLICE_EXPRS, "var y = x[1]"),
            Map.entry(Construct.COMPLEX, "var y = 1.5i")));

    @Test
    void everyConstructIsRejectedWithItsMessage() {
        // a type switch's x.(type) is taken for a type assertion first: the parser's own check
        // for a type switch is never reached (the message is the same as before Supported)
        assertThat(USES.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Construct.TYPE_SWITCHES)));
        for (Map.Entry<Construct, String> e : USES.entrySet()) assertRejected(e.getValue(), e.getKey());
        assertRejected("func f() { switch x.(type) {} }", Construct.TYPE_ASSERTIONS);
    }

    private static void assertRejected(String decl, Construct c) {
        String src = "package main\n\n" + decl + "\n";
        try {
            Parser.parseFile(new SourceFile("./main.go", src.getBytes(StandardCharsets.UTF_8)));
        } catch (CompileException x) {
            assertThat(x.getMessage()).as(decl).startsWith("./main.go:3:").endsWith(": " + c.message());
            return;
        }
        throw new AssertionError("accepted: " + decl);
    }

    @Test
    void theCheckerAsksForPredeclaredNamesAndPackages() {
        assertThat(Supported.leftOutPredeclared("float32")).isTrue();
        assertThat(Supported.leftOutPredeclared("float64")).isFalse();
        assertThat(Supported.leftOutPredeclared("int")).isFalse();
        assertThat(Supported.leftOutPredeclared("panic")).isFalse();
        assertThat(Supported.stdPackage("os")).isTrue();
        assertThat(Supported.stdPackage("fmt")).isFalse();
        assertThat(Construct.typeLiteral("map")).isEqualTo(Construct.MAP_TYPES);
        assertThat(Construct.statement("defer")).isEqualTo(Construct.DEFER);
    }
}
