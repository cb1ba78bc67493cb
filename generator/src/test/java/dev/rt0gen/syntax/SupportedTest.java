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
            Map.entry(Construct.GENERIC_FUNCS, new Use("func f[T any]() {}", 7)),
            Map.entry(Construct.INTERFACE_MAP_KEYS, new Use("var m map[struct{ x any }]int", 11))));

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

                type S struct{ f int }

                func (s S) m() { println(s.f) }

                func main() {
                	var s S
                	a := 1
                	var f os.File
                	b := map[int]os.FileMode{a: 0}
                	s.m()
                	_ = f
                	_ = b
                }
                """;
        assertThat(Programs.errors(Programs.mainOnly(src))).isEqualTo("""
                ./main.go:10:8: qualified type names are not supported by rt0gen
                ./main.go:11:15: qualified type names are not supported by rt0gen
                """);
    }

    /**
     * The rejections were the parser's errors, which stopped the build before the checker ran:
     * they come first, by position, then the checker's other errors.
     */
    @Test
    void rejectionsComeFirst() {
        String src = """
                package main

                import "fmt"

                var y os.File

                func main() {
                	x := 1
                	var s os.Signal
                	fmt.Println(s)
                }
                """;
        assertThat(Programs.errors(Programs.mainOnly(src))).isEqualTo("""
                ./main.go:5:7: qualified type names are not supported by rt0gen
                ./main.go:9:8: qualified type names are not supported by rt0gen
                ./main.go:3:8: package fmt is not supported by rt0gen
                ./main.go:8:2: declared and not used: x
                """);
    }

    @Test
    void theCheckerAsksForPredeclaredNamesAndPackages() {
        assertThat(Supported.leftOutPredeclared("comparable")).isTrue();
        assertThat(Supported.leftOutPredeclared("float32")).isFalse();
        assertThat(Supported.leftOutPredeclared("complex")).isFalse();
        assertThat(Supported.leftOutPredeclared("float64")).isFalse();
        assertThat(Supported.leftOutPredeclared("int")).isFalse();
        assertThat(Supported.leftOutPredeclared("panic")).isFalse();
        assertThat(Supported.stdPackage("os")).isTrue();
        assertThat(Supported.stdPackage("fmt")).isFalse();
    }
}
