package dev.rt0gen.amd64;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.link.GnuAsCrossCheck;
import dev.rt0gen.link.LinkedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime's maps (runtime-stubs map.go; docs/ABI.md "Maps") called as the compiler will
 * call them, from IR programs linked with the runtime and run. Each test does what the Go
 * program in its comment does, and expects what that program prints when built by go1.26
 * ({@code CGO_ENABLED=0 go build}): stderr, and the exit status. Keys, elements and the
 * iterator live in bss words (the IR has no stack slots); the descriptors are rodata, as the
 * compiler will emit them.
 */
class MapRunTest {
    @TempDir
    Path dir;

    /**
     * The descriptors (maptype, defs.s): keysize, elemsize, keykind, zero, nparts, entry (0 here:
     * the entries are allocated untyped), parts.
     */
    private static final String DESCRIPTORS = """
            data rodata main.mt_int = int 8, int 8, int 0, int 0, int 0, int 0
            data rodata main.mt_str = int 16, int 8, int 1, int 0, int 0, int 0
            data rodata main.mt_f64 = int 8, int 8, int 2, int 0, int 0, int 0
            data rodata main.mt_f32 = int 4, int 8, int 3, int 0, int 0, int 0
            data rodata main.mt_comp = int 32, int 8, int 4, int 0, int 3, int 0, int 0, int 1, int 16, int 16, int 0, int 8, int 24, int 2, int 8
            data rodata main.mt_big = int 8, int 2048, int 0, ptr main.bigzero, int 0, int 0
            data bss main.bigzero = %s
            data bss main.k = zero int, zero int, zero int, zero int
            data bss main.it = %s
            data bss main.it2 = %s
            """.formatted(words(256), words(9), words(9));

    private static String words(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "zero int"));
    }

    /**
     * <pre>
     * m := make(map[int]int)
     * for i := 0; i < 100000; i++ { m[i*7] = i }
     * println(len(m))
     * s := 0; for i := 0; i < 100000; i++ { s += m[i*7] }; println(s)
     * miss := 0; for i := 0; i < 100000; i++ { if _, ok := m[i*7+1]; !ok { miss++ } }; println(miss)
     * for i := 0; i < 100000; i += 2 { delete(m, i*7) }; println(len(m))
     * ks, vs, n := 0, 0, 0; for k, v := range m { ks += k; vs += v; n++ }; println(n, ks, vs)
     * for i := 0; i < 100000; i++ { m[i*7] += 1 }; println(len(m))
     * s = 0; for i := 0; i < 100000; i++ { s += m[i*7] }; println(s)
     * </pre>
     */
    @Test
    void intKeysGrowToAHundredThousand() throws Exception {
        Ir ir = new Ir();
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_int");
            String h = ir.callp("runtime.makemap", mt, ir.c(0));
            ir.loop("main.i", 0, 100000, 1, () -> {
                ir.st(ir.addr("main.k"), 0, ir.bin("mul", ir.ld("main.i"), ir.c(7)));
                ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.ld("main.i"));
            });
            ir.println(ir.ld(h, 0));
            ir.set("main.s", 0);
            ir.loop("main.i", 0, 100000, 1, () -> {
                ir.st(ir.addr("main.k"), 0, ir.bin("mul", ir.ld("main.i"), ir.c(7)));
                ir.add("main.s", ir.ld(ir.callp("runtime.mapaccess1", mt, h, ir.addr("main.k")), 0));
            });
            ir.println(ir.ld("main.s"));
            ir.set("main.n", 0);
            ir.loop("main.i", 0, 100000, 1, () -> {
                ir.st(ir.addr("main.k"), 0, ir.bin("add", ir.bin("mul", ir.ld("main.i"), ir.c(7)), ir.c(1)));
                String[] r = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
                ir.add("main.n", ir.bin("eq", r[1], ir.c(0)));
            });
            ir.println(ir.ld("main.n"));
            ir.loop("main.i", 0, 100000, 2, () -> {
                ir.st(ir.addr("main.k"), 0, ir.bin("mul", ir.ld("main.i"), ir.c(7)));
                ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
            });
            ir.println(ir.ld(h, 0));
            ir.set("main.n", 0);
            ir.set("main.s", 0);
            ir.set("main.t", 0);
            ir.range(mt, h, "main.it", (k, v) -> {
                ir.add("main.s", ir.ld(k, 0));
                ir.add("main.t", ir.ld(v, 0));
                ir.add("main.n", ir.c(1));
            });
            ir.println(ir.ld("main.n"), ir.ld("main.s"), ir.ld("main.t"));
            ir.loop("main.i", 0, 100000, 1, () -> {
                ir.st(ir.addr("main.k"), 0, ir.bin("mul", ir.ld("main.i"), ir.c(7)));
                String p = ir.callp("runtime.mapassign", mt, h, ir.addr("main.k"));
                ir.st(p, 0, ir.bin("add", ir.ld(p, 0), ir.c(1)));
            });
            ir.println(ir.ld(h, 0));
            ir.set("main.s", 0);
            ir.loop("main.i", 0, 100000, 1, () -> {
                ir.st(ir.addr("main.k"), 0, ir.bin("mul", ir.ld("main.i"), ir.c(7)));
                ir.add("main.s", ir.ld(ir.callp("runtime.mapaccess1", mt, h, ir.addr("main.k")), 0));
            });
            ir.println(ir.ld("main.s"));
        });
        assertThat(run(ir)).isEqualTo("""
                100000
                4999950000
                100000
                50000
                50000 17500000000 2500000000
                100000
                2500100000
                """);
    }

    /**
     * <pre>
     * s := "abcabcabcabcxyz"
     * m := map[string]int{}
     * for i := 0; i <= len(s); i++ { for j := i; j <= len(s); j++ { m[s[i:j]]++ } }
     * println(len(m))
     * println(m[""], m["abc"], m["bca"], m["xyz"], m["q"])
     * a, b := s[3:5], s[14:15]; k := a + b; _, ok := m[k]; println(k, ok)
     * k = s[0:2] + s[2:3]; println(k, m[k])
     * delete(m, k); delete(m, "nope"); v, ok := m["abc"]; println(len(m), v, ok)
     * n, tot := 0, 0; for k, v := range m { n++; tot += len(k) * v }; println(n, tot)
     * </pre>
     */
    @Test
    void stringKeysCompareTheirBytes() throws Exception {
        Ir ir = new Ir();
        ir.data("data rodata main.s = bytes \"abcabcabcabcxyz\"");
        ir.data("data rodata main.abc = bytes \"abc\"");
        ir.data("data rodata main.bca = bytes \"bca\"");
        ir.data("data rodata main.xyz = bytes \"xyz\"");
        ir.data("data rodata main.q = bytes \"q\"");
        ir.data("data rodata main.nope = bytes \"nope\"");
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_str");
            String h = ir.callp("runtime.makemap_small");
            ir.loop("main.i", ir.c(0), ir.c(16), 1, () -> {
                ir.loop("main.j", ir.ld("main.i"), ir.c(16), 1, () -> {
                    String i = ir.ld("main.i");
                    ir.key(ir.bin("add", ir.addr("main.s"), i), ir.bin("sub", ir.ld("main.j"), i));
                    String p = ir.callp("runtime.mapassign", mt, h, ir.addr("main.k"));
                    ir.st(p, 0, ir.bin("add", ir.ld(p, 0), ir.c(1)));
                });
            });
            ir.println(ir.ld(h, 0));
            List<String> got = new ArrayList<>();
            for (String[] key : new String[][]{{"main.s", "0"}, {"main.abc", "3"}, {"main.bca", "3"}, {"main.xyz", "3"}, {"main.q", "1"}}) {
                ir.key(ir.addr(key[0]), ir.c(Long.parseLong(key[1])));
                got.add(ir.ld(ir.callp("runtime.mapaccess1", mt, h, ir.addr("main.k")), 0));
            }
            ir.println(got.toArray(String[]::new));
            String s = ir.addr("main.s");
            String[] abz = ir.concat(ir.bin("add", s, ir.c(3)), ir.c(2), ir.bin("add", s, ir.c(14)), ir.c(1));
            ir.key(abz[0], abz[1]);
            String[] r = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
            ir.print(() -> {
                ir.call("runtime.printstring", abz[0] + " " + abz[1]);
                ir.call("runtime.printsp");
                ir.call("runtime.printbool", r[1]);
            });
            String[] abc = ir.concat(s, ir.c(2), ir.bin("add", s, ir.c(2)), ir.c(1));
            ir.key(abc[0], abc[1]);
            String v = ir.ld(ir.callp("runtime.mapaccess1", mt, h, ir.addr("main.k")), 0);
            ir.print(() -> {
                ir.call("runtime.printstring", abc[0] + " " + abc[1]);
                ir.call("runtime.printsp");
                ir.call("runtime.printint", v);
            });
            ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
            ir.key(ir.addr("main.nope"), ir.c(4));
            ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
            ir.key(ir.addr("main.abc"), ir.c(3));
            String[] r2 = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
            String len = ir.ld(h, 0), v2 = ir.ld(r2[0], 0);
            ir.print(() -> {
                ir.call("runtime.printint", len);
                ir.call("runtime.printsp");
                ir.call("runtime.printint", v2);
                ir.call("runtime.printsp");
                ir.call("runtime.printbool", r2[1]);
            });
            ir.set("main.n", 0);
            ir.set("main.t", 0);
            ir.range(mt, h, "main.it", (k, e) -> {
                ir.add("main.n", ir.c(1));
                ir.add("main.t", ir.bin("mul", ir.ld(k, 8), ir.ld(e, 0)));
            });
            ir.println(ir.ld("main.n"), ir.ld("main.t"));
        });
        assertThat(run(ir)).isEqualTo("""
                76
                16 4 3 1 0
                abz false
                abc 4
                75 0 false
                75 668
                """);
    }

    /**
     * <pre>
     * m := map[float64]int{}
     * m[0.0] = 1; nz := math.Copysign(0, -1); m[nz] = 2
     * println(len(m), m[0])
     * for k := range m { println(k) }
     * nan := math.NaN(); m[nan] = 1; m[nan] = 2; m[nan] = 3
     * println(len(m))
     * v, ok := m[nan]; println(v, ok)
     * delete(m, nan); println(len(m))
     * n, vsum := 0, 0; for k, v := range m { if k != k { n++; vsum += v } }; println(n, vsum)
     * m[1.5] = 7; m[math.Inf(-1)] = 8
     * println(m[1.5], m[math.Inf(-1)], m[math.Inf(1)], len(m))
     * delete(m, 0); println(len(m))
     * clear(m); println(len(m), m[1.5])
     * f := map[float32]int{}
     * f[float32(nz)] = 4; f[0] = 5; f[float32(nan)] = 6; f[float32(nan)] = 7; f[2.5] = 8
     * println(len(f), f[0], f[2.5], f[float32(nan)])
     * </pre>
     */
    @Test
    void floatKeysAsGo() throws Exception {
        Ir ir = new Ir();
        String zero = "0x0000000000000000", negzero = "0x8000000000000000", nan = "0x7ff8000000000001",
                onehalf = "0x3ff8000000000000", neginf = "0xfff0000000000000", inf = "0x7ff0000000000000";
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_f64");
            String h = ir.callp("runtime.makemap_small");
            ir.st(ir.fassign(mt, h, zero), 0, ir.c(1));
            ir.st(ir.fassign(mt, h, negzero), 0, ir.c(2));
            ir.println(ir.ld(h, 0), ir.faccess(mt, h, zero));
            ir.range(mt, h, "main.it", (k, v) -> {
                String f = ir.v("f64", "load [" + k + "]");
                ir.print(() -> ir.call("runtime.printfloat", f));
            });
            for (int i = 1; i <= 3; i++) ir.st(ir.fassign(mt, h, nan), 0, ir.c(i));
            ir.println(ir.ld(h, 0));
            ir.fkey(nan);
            String[] r = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
            String v = ir.ld(r[0], 0);
            ir.print(() -> {
                ir.call("runtime.printint", v);
                ir.call("runtime.printsp");
                ir.call("runtime.printbool", r[1]);
            });
            ir.fkey(nan);
            ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
            ir.println(ir.ld(h, 0));
            ir.set("main.n", 0);
            ir.set("main.s", 0);
            ir.range(mt, h, "main.it", (k, e) -> {
                String f = ir.v("f64", "load [" + k + "]");
                ir.ifTrue(ir.v("int", "fne " + f + ", " + f), () -> {
                    ir.add("main.n", ir.c(1));
                    ir.add("main.s", ir.ld(e, 0));
                });
            });
            ir.println(ir.ld("main.n"), ir.ld("main.s"));
            ir.st(ir.fassign(mt, h, onehalf), 0, ir.c(7));
            ir.st(ir.fassign(mt, h, neginf), 0, ir.c(8));
            ir.println(ir.faccess(mt, h, onehalf), ir.faccess(mt, h, neginf), ir.faccess(mt, h, inf), ir.ld(h, 0));
            ir.fkey(zero);
            ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
            ir.println(ir.ld(h, 0));
            ir.call("runtime.mapclear", mt, h);
            ir.println(ir.ld(h, 0), ir.faccess(mt, h, onehalf));
            // float32 keys: their bits, stored as words (the IR has no float32)
            String mt32 = ir.addr("main.mt_f32");
            String f = ir.callp("runtime.makemap", mt32, ir.c(-1));
            long[][] puts = {{0x80000000L, 4}, {0, 5}, {0x7fc00000L, 6}, {0x7fc00000L, 7}, {0x40200000L, 8}};
            for (long[] p : puts) {
                ir.st(ir.addr("main.k"), 0, ir.c(p[0]));
                ir.st(ir.callp("runtime.mapassign", mt32, f, ir.addr("main.k")), 0, ir.c(p[1]));
            }
            List<String> got = new ArrayList<>(List.of(ir.ld(f, 0)));
            for (long key : new long[]{0, 0x40200000L, 0x7fc00000L}) {
                ir.st(ir.addr("main.k"), 0, ir.c(key));
                got.add(ir.ld(ir.callp("runtime.mapaccess1", mt32, f, ir.addr("main.k")), 0));
            }
            ir.println(got.toArray(String[]::new));
        });
        assertThat(run(ir)).isEqualTo("""
                1 2
                -0
                4
                0 false
                4
                3 6
                7 8 0 6
                5
                0 0
                4 5 8 0
                """);
    }

    /**
     * Go's guarantees for a range over a map being changed; each line of output is
     * independent of the (random) order. The Go program: fill(n) makes {1: 10, …, n: 10n}.
     * <pre>
     * m := fill(1000); n, s := 0, 0
     * for k := range m { delete(m, k); n++; s += k }; println(n, s, len(m))
     * m = fill(1000); n = 0
     * for k := range m { if n == 0 { for i := 1; i <= 1000; i++ { if i != k { delete(m, i) } } }; n++ }
     * println(n, len(m))
     * m = fill(1000); seen := map[int]int{}; next := 1000000
     * for k, v := range m {
     *     if v != k*10 && k < 1000000 { println("bad value", k, v) }
     *     seen[k]++
     *     for j := 0; j < 10; j++ { m[next] = 0; next++ }
     * }
     * orig, dup := 0, 0
     * for i := 1; i <= 1000; i++ { if seen[i] == 1 { orig++ } }
     * for _, c := range seen { if c != 1 { dup++ } }
     * println(orig, dup, len(m) >= 11000)
     * m = fill(1000); first, low, high, changed := 0, 0, 0, 0
     * for k, v := range m {
     *     if first == 0 {
     *         first = k
     *         for i := 0; i < 5000; i++ { m[2000+i] = 1 }
     *         for i := 1; i <= 500; i++ { delete(m, i) }
     *         for i := 501; i <= 1000; i++ { m[i] = -i }
     *         continue
     *     }
     *     if k <= 500 { low++ } else if k <= 1000 { high++; if v == -k { changed++ } }
     * }
     * wanthigh := 500; if first > 500 { wanthigh = 499 }
     * println(low, high == wanthigh, changed == high)
     * m = fill(1000); n = 0; for range m { clear(m); n++ }; println(n, len(m))
     * m = fill(1000); firsts := map[int]bool{}
     * for r := 0; r < 20; r++ { for k := range m { firsts[k] = true; break } }
     * println(len(firsts) > 1)
     * </pre>
     */
    @Test
    void iterationWhileTheMapChanges() throws Exception {
        Ir ir = new Ir();
        ir.func("main.fill", "()", "(ptr)", () -> {
            String mt = ir.addr("main.mt_int");
            String h = ir.callp("runtime.makemap_small");
            ir.loop("main.fi", 1, 1001, 1, () -> {
                String i = ir.ld("main.fi");
                ir.st(ir.addr("main.k"), 0, i);
                ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.bin("mul", i, ir.c(10)));
            });
            ir.emit("ret " + h);
        });
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_int");
            // a: the current key deleted at each step
            String h = ir.callp("main.fill");
            ir.set("main.n", 0);
            ir.set("main.s", 0);
            ir.range(mt, h, "main.it", (k, v) -> {
                String key = ir.ld(k, 0);
                ir.st(ir.addr("main.k"), 0, key);
                ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
                ir.add("main.n", ir.c(1));
                ir.add("main.s", key);
            });
            ir.println(ir.ld("main.n"), ir.ld("main.s"), ir.ld(h, 0));
            // b: every other key deleted at the first step
            String h2 = ir.callp("main.fill");
            ir.set("main.n", 0);
            ir.range(mt, h2, "main.it", (k, v) -> {
                ir.ifTrue(ir.bin("eq", ir.ld("main.n"), ir.c(0)), () -> {
                    ir.st(ir.addr("main.cur"), 0, ir.ld(k, 0));
                    ir.loop("main.i", 1, 1001, 1, () -> {
                        String i = ir.ld("main.i");
                        ir.ifTrue(ir.bin("ne", i, ir.ld("main.cur")), () -> {
                            ir.st(ir.addr("main.k"), 0, ir.ld("main.i"));
                            ir.call("runtime.mapdelete", mt, h2, ir.addr("main.k"));
                        });
                    });
                });
                ir.add("main.n", ir.c(1));
            });
            ir.println(ir.ld("main.n"), ir.ld(h2, 0));
            // c: ten new keys at each step: the map grows while the iteration runs
            String h3 = ir.callp("main.fill");
            String seen = ir.callp("runtime.makemap", mt, ir.c(0));
            ir.set("main.next", 1000000);
            ir.set("main.bad", 0);
            ir.range(mt, h3, "main.it", (k, v) -> {
                String key = ir.ld(k, 0);
                ir.ifTrue(ir.bin("and", ir.bin("ne", ir.ld(v, 0), ir.bin("mul", key, ir.c(10))), ir.bin("lt", key, ir.c(1000000))),
                        () -> ir.add("main.bad", ir.c(1)));
                ir.st(ir.addr("main.k"), 0, key);
                String p = ir.callp("runtime.mapassign", mt, seen, ir.addr("main.k"));
                ir.st(p, 0, ir.bin("add", ir.ld(p, 0), ir.c(1)));
                ir.loop("main.j", 0, 10, 1, () -> {
                    ir.st(ir.addr("main.k"), 0, ir.ld("main.next"));
                    ir.st(ir.callp("runtime.mapassign", mt, h3, ir.addr("main.k")), 0, ir.c(0));
                    ir.add("main.next", ir.c(1));
                });
            });
            ir.set("main.n", 0);
            ir.loop("main.i", 1, 1001, 1, () -> {
                ir.st(ir.addr("main.k"), 0, ir.ld("main.i"));
                String c = ir.ld(ir.callp("runtime.mapaccess1", mt, seen, ir.addr("main.k")), 0);
                ir.add("main.n", ir.bin("eq", c, ir.c(1)));
            });
            ir.set("main.s", 0);
            ir.range(mt, seen, "main.it2", (k, v) -> ir.add("main.s", ir.bin("ne", ir.ld(v, 0), ir.c(1))));
            ir.println(ir.ld("main.n"), ir.bin("add", ir.ld("main.s"), ir.ld("main.bad")), ir.bool(ir.bin("ge", ir.ld(h3, 0), ir.c(11000))));
            // d: at the first step the map grows, keys 1..500 go and the others change
            String h4 = ir.callp("main.fill");
            ir.set("main.first", 0);
            ir.set("main.low", 0);
            ir.set("main.high", 0);
            ir.set("main.changed", 0);
            ir.range(mt, h4, "main.it", (k, v) -> {
                String key = ir.ld(k, 0), val = ir.ld(v, 0);
                ir.ifElse(ir.bin("eq", ir.ld("main.first"), ir.c(0)), () -> {
                    ir.st(ir.addr("main.first"), 0, key);
                    ir.loop("main.i", 2000, 7000, 1, () -> {
                        ir.st(ir.addr("main.k"), 0, ir.ld("main.i"));
                        ir.st(ir.callp("runtime.mapassign", mt, h4, ir.addr("main.k")), 0, ir.c(1));
                    });
                    ir.loop("main.i", 1, 501, 1, () -> {
                        ir.st(ir.addr("main.k"), 0, ir.ld("main.i"));
                        ir.call("runtime.mapdelete", mt, h4, ir.addr("main.k"));
                    });
                    ir.loop("main.i", 501, 1001, 1, () -> {
                        ir.st(ir.addr("main.k"), 0, ir.ld("main.i"));
                        ir.st(ir.callp("runtime.mapassign", mt, h4, ir.addr("main.k")), 0, ir.v("int", "neg " + ir.ld("main.i")));
                    });
                }, () -> {
                    ir.add("main.low", ir.bin("le", key, ir.c(500)));
                    String hi = ir.bin("and", ir.bin("gt", key, ir.c(500)), ir.bin("le", key, ir.c(1000)));
                    ir.add("main.high", hi);
                    ir.add("main.changed", ir.bin("and", hi, ir.bin("eq", val, ir.v("int", "neg " + key))));
                });
            });
            String wanthigh = ir.bin("sub", ir.c(500), ir.bin("gt", ir.ld("main.first"), ir.c(500)));
            ir.println(ir.ld("main.low"), ir.bool(ir.bin("eq", ir.ld("main.high"), wanthigh)), ir.bool(ir.bin("eq", ir.ld("main.changed"), ir.ld("main.high"))));
            // e: clear ends the iteration
            String h5 = ir.callp("main.fill");
            ir.set("main.n", 0);
            ir.range(mt, h5, "main.it", (k, v) -> {
                ir.call("runtime.mapclear", mt, h5);
                ir.add("main.n", ir.c(1));
            });
            ir.println(ir.ld("main.n"), ir.ld(h5, 0));
            // f: twenty iterations do not all start at the same key
            String h6 = ir.callp("main.fill");
            String firsts = ir.callp("runtime.makemap_small");
            ir.loop("main.i", 0, 20, 1, () -> {
                ir.call("runtime.mapiterinit", mt, h6, ir.addr("main.it"));
                ir.st(ir.addr("main.k"), 0, ir.ld(ir.ld(ir.addr("main.it"), 0, "ptr"), 0));
                ir.st(ir.callp("runtime.mapassign", mt, firsts, ir.addr("main.k")), 0, ir.c(1));
            });
            ir.println(ir.bool(ir.bin("gt", ir.ld(firsts, 0), ir.c(1))));
        });
        for (String d : List.of("main.cur", "main.next", "main.bad", "main.first", "main.low", "main.high", "main.changed")) ir.var(d);
        assertThat(run(ir)).isEqualTo("""
                1000 500500 0
                1 1
                1000 0 true
                0 true true
                1 0
                true
                """);
    }

    /**
     * A nil map reads as empty, and an assignment to it panics as Go's does.
     * <pre>
     * var m map[int]int
     * println(m[5], len(m))
     * v, ok := m[5]; println(v, ok)
     * delete(m, 5); n := 0; for range m { n++ }; clear(m); println(n)
     * m[1] = 2
     * println("not reached")
     * </pre>
     * Go's stderr up to the traceback (which rt0gen does not print), exit status 2.
     */
    @Test
    void nilMapReadsAsEmptyAndPanicsOnAssignment() throws Exception {
        Ir ir = new Ir();
        ir.data("data rodata main.nr = bytes \"not reached\"");
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_int");
            String h = ir.v("ptr", "const 0");
            ir.st(ir.addr("main.k"), 0, ir.c(5));
            ir.println(ir.ld(ir.callp("runtime.mapaccess1", mt, h, ir.addr("main.k")), 0), ir.c(0));
            String[] r = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
            String v = ir.ld(r[0], 0);
            ir.print(() -> {
                ir.call("runtime.printint", v);
                ir.call("runtime.printsp");
                ir.call("runtime.printbool", r[1]);
            });
            ir.call("runtime.mapdelete", mt, h, ir.addr("main.k"));
            ir.set("main.n", 0);
            ir.range(mt, h, "main.it", (k, e) -> ir.add("main.n", ir.c(1)));
            ir.call("runtime.mapclear", mt, h);
            ir.println(ir.ld("main.n"));
            ir.st(ir.addr("main.k"), 0, ir.c(1));
            ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.c(2));
            String nr = ir.addr("main.nr");
            ir.print(() -> ir.call("runtime.printstring", nr + " " + ir.c(11)));
        });
        Runner.RunResult r = runRaw(ir);
        assertThat(new String(r.stderr(), StandardCharsets.UTF_8)).isEqualTo("""
                0 0
                0 false
                0
                panic: assignment to entry in nil map

                goroutine 1 [running]:
                """);
        assertThat(r.exitCode()).isEqualTo(2);
    }

    /**
     * A key of several parts: a string, an int and a float64 (Go's struct key, hashed and
     * compared field by field).
     * <pre>
     * type K struct { s string; x int; f float64 }
     * m := map[K]int{}; s := "alphabetagamma"
     * for i := 0; i < 12; i++ { m[K{s[i : i+3], i % 3, float64(i % 2)}] = i }
     * println(len(m))
     * println(m[K{"pha", 2, 1}], m[K{"pha", 2, 0}])
     * k := K{s[0:1] + "lp", 0, math.Copysign(0, -1)}; v, ok := m[k]; println(v, ok)
     * m[K{"x", 1, math.NaN()}] = 1; m[K{"x", 1, math.NaN()}] = 2; println(len(m))
     * _, ok = m[K{"x", 1, math.NaN()}]; println(ok)
     * n := 0; for k, v := range m { n += v; _ = k }; println(n)
     * </pre>
     */
    @Test
    void compositeKeysComparePartByPart() throws Exception {
        Ir ir = new Ir();
        ir.data("data rodata main.s = bytes \"alphabetagamma\"");
        ir.data("data rodata main.pha = bytes \"pha\"");
        ir.data("data rodata main.lp = bytes \"lp\"");
        ir.data("data rodata main.x = bytes \"x\"");
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_comp");
            String h = ir.callp("runtime.makemap", mt, ir.c(3));
            ir.loop("main.i", 0, 12, 1, () -> {
                String i = ir.ld("main.i");
                ir.key(ir.bin("add", ir.addr("main.s"), i), ir.c(3));
                ir.st(ir.addr("main.k"), 16, ir.bin("mod", i, ir.c(3)));
                ir.st(ir.addr("main.k"), 24, ir.v("f64", "cvtif " + ir.bin("mod", i, ir.c(2))));
                ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.ld("main.i"));
            });
            ir.println(ir.ld(h, 0));
            List<String> got = new ArrayList<>();
            for (String f : List.of("0x3ff0000000000000", "0x0000000000000000")) {
                ir.key(ir.addr("main.pha"), ir.c(3));
                ir.st(ir.addr("main.k"), 16, ir.c(2));
                ir.st(ir.addr("main.k"), 24, ir.v("f64", "fconst " + f));
                got.add(ir.ld(ir.callp("runtime.mapaccess1", mt, h, ir.addr("main.k")), 0));
            }
            ir.println(got.toArray(String[]::new));
            String[] alp = ir.concat(ir.addr("main.s"), ir.c(1), ir.addr("main.lp"), ir.c(2));
            ir.key(alp[0], alp[1]);
            ir.st(ir.addr("main.k"), 16, ir.c(0));
            ir.st(ir.addr("main.k"), 24, ir.v("f64", "fconst 0x8000000000000000"));
            String[] r = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
            String v = ir.ld(r[0], 0);
            ir.print(() -> {
                ir.call("runtime.printint", v);
                ir.call("runtime.printsp");
                ir.call("runtime.printbool", r[1]);
            });
            Runnable xnan = () -> {
                ir.key(ir.addr("main.x"), ir.c(1));
                ir.st(ir.addr("main.k"), 16, ir.c(1));
                ir.st(ir.addr("main.k"), 24, ir.v("f64", "fconst 0x7ff8000000000001"));
            };
            xnan.run();
            ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.c(1));
            xnan.run();
            ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.c(2));
            ir.println(ir.ld(h, 0));
            xnan.run();
            String[] r2 = ir.call2("runtime.mapaccess2", mt, h, ir.addr("main.k"));
            ir.print(() -> ir.call("runtime.printbool", r2[1]));
            ir.set("main.n", 0);
            ir.range(mt, h, "main.it", (k, e) -> ir.add("main.n", ir.ld(e, 0)));
            ir.println(ir.ld("main.n"));
        });
        assertThat(run(ir)).isEqualTo("""
                12
                0 2
                0 true
                14
                false
                69
                """);
    }

    /**
     * Size hints, negative and huge too (Go 1.26: an empty map, no panic), and an element
     * larger than runtime.zeroVal: an absent key reads the descriptor's zero area.
     * <pre>
     * for _, h := range []int{-1, 0, 5, 9, 100, 1 << 40} {
     *     m := make(map[int]int, h)
     *     for i := 0; i < 1000; i++ { m[i] = i }
     *     s := 0; for _, v := range m { s += v }
     *     println(len(m), s)
     * }
     * </pre>
     */
    @Test
    void hintsAndLargeElements() throws Exception {
        Ir ir = new Ir();
        ir.func("main.main", () -> {
            String mt = ir.addr("main.mt_int");
            for (long hint : new long[]{-1, 0, 5, 9, 100, 1L << 40}) {
                String h = ir.callp("runtime.makemap", mt, ir.c(hint));
                ir.loop("main.i", 0, 1000, 1, () -> {
                    ir.st(ir.addr("main.k"), 0, ir.ld("main.i"));
                    ir.st(ir.callp("runtime.mapassign", mt, h, ir.addr("main.k")), 0, ir.ld("main.i"));
                });
                ir.set("main.s", 0);
                ir.range(mt, h, "main.it", (k, v) -> ir.add("main.s", ir.ld(v, 0)));
                ir.println(ir.ld(h, 0), ir.ld("main.s"));
            }
            String big = ir.addr("main.mt_big");
            String h = ir.callp("runtime.makemap", big, ir.c(0));
            ir.st(ir.addr("main.k"), 0, ir.c(3));
            String p = ir.callp("runtime.mapassign", big, h, ir.addr("main.k"));
            ir.st(p, 2040, ir.c(77));
            String q = ir.callp("runtime.mapaccess1", big, h, ir.addr("main.k"));
            ir.st(ir.addr("main.k"), 0, ir.c(4));
            String z = ir.callp("runtime.mapaccess1", big, h, ir.addr("main.k"));
            ir.println(ir.ld(q, 2040), ir.bool(ir.bin("eq", z, ir.addr("main.bigzero"))), ir.ld(z, 2040));
        });
        assertThat(run(ir)).isEqualTo("""
                1000 499500
                1000 499500
                1000 499500
                1000 499500
                1000 499500
                1000 499500
                77 true 0
                """);
    }

    /**
     * The maps (map.go, alg.go, rand.go) cost a program that uses no map nothing (each function
     * is its own chunk for the linker: docs/ABI.md), and a program that only reads a map gets no
     * iteration code.
     */
    @Test
    void onlyWhatAProgramUsesIsLinked() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("hello.go"), "package main\n\nfunc main() {\n\tprintln(\"hello\")\n}\n");
        LinkedImage hello = Rt0gen.link(dir.resolve("hello.go"));
        // (runtime.rand is linked into every program: the scheduler's stealWork starts at a random P.)
        for (String s : List.of("runtime.makemap", "runtime.mapassign", "runtime.mapaccess1", "runtime.mapfind",
                "runtime.zeroVal", "runtime.memhash", "runtime.mapfind64")) {
            assertThat(hello.symbol(s)).as(s).isNull();
        }
        Ir ir = new Ir();
        ir.func("main.main", () -> {
            String h = ir.v("ptr", "const 0");
            ir.println(ir.ld(ir.callp("runtime.mapaccess1", ir.addr("main.mt_int"), h, ir.addr("main.k")), 0));
        });
        LinkedImage reads = Programs.link(Programs.module(ir.text()));
        assertThat(reads.symbol("runtime.mapfind")).isNotNull();
        assertThat(reads.symbol("runtime.zeroVal")).isNotNull();
        for (String s : List.of("runtime.mapassign", "runtime.mapiternext", "runtime.maprebuild")) {
            assertThat(reads.symbol(s)).as(s).isNull();
        }
    }

    /** Runs the program, expecting exit status 0; returns stderr. */
    private String run(Ir ir) throws Exception {
        Runner.RunResult r = runRaw(ir);
        String err = new String(r.stderr(), StandardCharsets.UTF_8);
        assertThat(r.exitCode()).as("exit code; stderr: %s", err).isZero();
        return err;
    }

    private Runner.RunResult runRaw(Ir ir) throws Exception {
        LinkedImage image = Programs.link(Programs.module(ir.text()));
        GnuAsCrossCheck.assertSameBytes(image, dir);
        Path exe = dir.resolve("prog");
        Rt0gen.write(ElfWriter.write(image), exe);
        return new NativeRunner(List.of(), 60).run(exe, List.of(), Map.of(), Runner.Limits.NONE);
    }

    /**
     * Writes IR text for structured code: values numbered in order, blocks opened by loops and
     * ifs, local variables as bss words (so no phis). A value defined inside a loop or an if
     * is only used there.
     */
    private static final class Ir {
        private final StringBuilder funcs = new StringBuilder();
        private final List<String> data = new ArrayList<>();
        private final Set<String> vars = new LinkedHashSet<>();
        private int value, block;

        void data(String line) {
            data.add(line);
        }

        void var(String name) {
            vars.add(name);
        }

        String text() {
            StringBuilder sb = new StringBuilder(DESCRIPTORS);
            for (String d : data) sb.append(d).append('\n');
            for (String v : vars) sb.append("data bss ").append(v).append(" = zero int\n");
            return sb.append(funcs).toString();
        }

        void func(String name, Runnable body) {
            func(name, "()", "()", body);
        }

        void func(String name, String params, String results, Runnable body) {
            funcs.append("func ").append(name).append(params).append(' ').append(results).append(" {\n");
            at(label());
            body.run();
            if (results.equals("()")) emit("ret");
            funcs.append("}\n");
        }

        void emit(String line) {
            funcs.append("    ").append(line).append('\n');
        }

        String v(String cls, String rhs) {
            String v = "v" + value++;
            emit(v + ":" + cls + " = " + rhs);
            return v;
        }

        String label() {
            return "b" + block++;
        }

        void at(String b) {
            funcs.append(b).append(":\n");
        }

        String c(long x) {
            return v("int", "const " + x);
        }

        String addr(String sym) {
            return v("ptr", "addr " + sym);
        }

        String bin(String op, String a, String b) {
            return v("int", op + " " + a + ", " + b);
        }

        String ld(String var) {
            vars.add(var);
            return ld(addr(var), 0);
        }

        String ld(String a, int off) {
            return ld(a, off, "int");
        }

        String ld(String a, int off, String cls) {
            return v(cls, "load [" + a + "+" + off + "]");
        }

        void st(String a, int off, String v) {
            emit("store [" + a + "+" + off + "], " + v);
        }

        void set(String var, long x) {
            vars.add(var);
            st(addr(var), 0, c(x));
        }

        void add(String var, String x) {
            st(addr(var), 0, bin("add", ld(var), x));
        }

        void call(String fn, String... args) {
            emit("call " + fn + "(" + String.join(", ", args) + ")");
        }

        String callp(String fn, String... args) {
            String v = "v" + value++;
            emit(v + ":ptr = call " + fn + "(" + String.join(", ", args) + ")");
            return v;
        }

        /** A call with a pointer and a bool result (mapaccess2). */
        String[] call2(String fn, String... args) {
            String a = "v" + value++, b = "v" + value++;
            emit(a + ":ptr, " + b + ":int = call " + fn + "(" + String.join(", ", args) + ")");
            return new String[]{a, b};
        }

        String[] concat(String p1, String l1, String p2, String l2) {
            String a = "v" + value++, b = "v" + value++;
            emit(a + ":ptr " + b + ":int = call runtime.concatstring2(" + p1 + " " + l1 + ", " + p2 + " " + l2 + ")");
            return new String[]{a, b};
        }

        /** A string key in main.k. */
        void key(String p, String len) {
            st(addr("main.k"), 0, p);
            st(addr("main.k"), 8, len);
        }

        /** A float64 key, from its bits, in main.k. */
        void fkey(String bits) {
            st(addr("main.k"), 0, v("f64", "fconst " + bits));
        }

        String fassign(String mt, String h, String bits) {
            fkey(bits);
            return callp("runtime.mapassign", mt, h, addr("main.k"));
        }

        String faccess(String mt, String h, String bits) {
            fkey(bits);
            return ld(callp("runtime.mapaccess1", mt, h, addr("main.k")), 0);
        }

        void print(Runnable items) {
            call("runtime.printlock");
            items.run();
            call("runtime.printnl");
            call("runtime.printunlock");
        }

        /** println of int words, spaced; one marked by {@link #bool} prints as a bool. */
        void println(String... ints) {
            print(() -> {
                for (int i = 0; i < ints.length; i++) {
                    if (i > 0) call("runtime.printsp");
                    if (ints[i].startsWith("?")) call("runtime.printbool", ints[i].substring(1));
                    else call("runtime.printint", ints[i]);
                }
            });
        }

        /** A 0/1 word that println prints as false/true. */
        String bool(String v) {
            return "?" + v;
        }

        void loop(String var, long from, long to, long step, Runnable body) {
            loop(var, c(from), c(to), step, body);
        }

        /** for var = from; var < to; var += step (to is read once, before the loop). */
        void loop(String var, String from, String to, long step, Runnable body) {
            vars.add(var);
            String limit = "main.lim" + block;
            vars.add(limit);
            st(addr(limit), 0, to);
            st(addr(var), 0, from);
            String head = label(), in = label(), out = label();
            emit("jmp " + head);
            at(head);
            emit("if " + bin("lt", ld(var), ld(limit)) + " -> " + in + ", " + out);
            at(in);
            body.run();
            st(addr(var), 0, bin("add", ld(var), c(step)));
            emit("jmp " + head);
            at(out);
        }

        void ifTrue(String cond, Runnable then) {
            ifElse(cond, then, () -> {
            });
        }

        void ifElse(String cond, Runnable then, Runnable otherwise) {
            String t = label(), f = label(), join = label();
            emit("if " + cond + " -> " + t + ", " + f);
            at(t);
            then.run();
            emit("jmp " + join);
            at(f);
            otherwise.run();
            emit("jmp " + join);
            at(join);
        }

        /** for k, v := range m, with it.key and it.elem (addresses) given to the body. */
        void range(String mt, String h, String it, java.util.function.BiConsumer<String, String> body) {
            call("runtime.mapiterinit", mt, h, addr(it));
            String head = label(), in = label(), out = label();
            emit("jmp " + head);
            at(head);
            emit("if " + bin("ne", ld(addr(it), 0, "ptr"), v("ptr", "const 0")) + " -> " + in + ", " + out);
            at(in);
            body.accept(ld(addr(it), 0, "ptr"), ld(addr(it), 8, "ptr"));
            call("runtime.mapiternext", addr(it));
            emit("jmp " + head);
            at(out);
        }
    }
}
