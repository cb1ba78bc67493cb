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

    /**
     * A qualified type name resolves in the imported package: a member of a standard package
     * that the runtime does not provide is named, and what the rest of the program uses counts
     * as used (the one error); an undefined package is gc's error.
     */
    @Test
    void qualifiedTypeNamesResolve() {
        String src = """
                package main

                import "os"

                type S struct{ f int }

                func (s S) m() { println(s.f) }

                func main() {
                	var s S
                	a := 1
                	var f os.File
                	b := map[int]os.FileMode{a: 0}
                	var c q.T
                	s.m()
                	_ = f
                	_ = b
                	_ = c
                }
                """;
        assertThat(Programs.errors(Programs.mainOnly(src))).isEqualTo("""
                ./main.go:12:11: os.File is not supported by rt0gen
                ./main.go:13:18: os.FileMode is not supported by rt0gen
                ./main.go:14:8: undefined: q
                """);
    }

    /**
     * sync, sync/atomic and time are Go source compiled with the program: their members resolve
     * as a module package's do, a member Go has and they lack is named, an unexported one is
     * gc's error.
     */
    @Test
    void theStandardPackagesInGo() {
        String src = """
                package main

                import (
                	"sync"
                	"sync/atomic"
                	"time"
                )

                func main() {
                	var mu sync.Mutex
                	var n atomic.Int64
                	c := sync.OnceValue(nil)
                	var v time.Month
                	mu.Lock()
                	n.Add(1)
                	time.AfterFunc(time.Second, nil)
                	_ = time.when(1)
                	_, _ = c, v
                }
                """;
        assertThat(Programs.errors(Programs.mainOnly(src))).isEqualTo("""
                ./main.go:12:12: sync.OnceValue is not supported by rt0gen
                ./main.go:13:13: time.Month is not supported by rt0gen
                ./main.go:16:7: time.AfterFunc is not supported by rt0gen
                ./main.go:17:11: name when not exported by package time
                """);
        assertThat(Supported.goStdPackage("sync")).isTrue();
        assertThat(Supported.goStdPackage("sync/atomic")).isTrue();
        assertThat(Supported.goStdPackage("time")).isTrue();
        assertThat(Supported.goStdPackage("fmt")).isFalse();
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
