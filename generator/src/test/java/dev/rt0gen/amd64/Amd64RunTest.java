package dev.rt0gen.amd64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** IR programs compiled by the back end, linked with the runtime and run: what they print. */
class Amd64RunTest {
    @TempDir
    Path dir;

    private String run(String ir) throws Exception {
        return Programs.run(ir, dir);
    }

    private String run(String ir, Map<String, String> env) throws Exception {
        return Programs.run(ir, dir, env);
    }

    @Test
    void fibRecursion() throws Exception {
        assertThat(run("""
                func main.fib(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 2
                    v2:int = lt v0, v1
                    if v2 -> b1, b2
                b1:
                    ret v0
                b2:
                    v3:int = const 1
                    v4:int = sub v0, v3
                    v5:int = call main.fib(v4)
                    v6:int = const 2
                    v7:int = sub v0, v6
                    v8:int = call main.fib(v7)
                    v9:int = add v5, v8
                    ret v9
                }

                func main.main() () {
                b0:
                    v0:int = const 25
                    v1:int = call main.fib(v0)
                    call runtime.printint(v1)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("75025\n");
    }

    /** collatz(n): the steps to 1, summed over 1..999 (a loop with phis, % and / in it). */
    @Test
    void collatzLoop() throws Exception {
        long total = 0;
        for (long i = 1; i < 1000; i++) {
            long n = i, st = 0;
            while (n != 1) {
                n = n % 2 == 0 ? n / 2 : 3 * n + 1;
                st++;
            }
            total += st;
        }
        assertThat(run("""
                func main.steps(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b5:v12
                    v3:int = phi b0:v1, b5:v13
                    v4:int = const 1
                    v5:int = ne v2, v4
                    if v5 -> b2, b6
                b2:
                    v6:int = const 2
                    v7:int = mod v2, v6
                    v8:int = const 0
                    v9:int = eq v7, v8
                    if v9 -> b3, b4
                b3:
                    v10:int = div v2, v6
                    jmp b5
                b4:
                    v14:int = const 3
                    v15:int = mul v2, v14
                    v11:int = add v15, v4
                    jmp b5
                b5:
                    v12:int = phi b3:v10, b4:v11
                    v13:int = add v3, v4
                    jmp b1
                b6:
                    ret v3
                }

                func main.main() () {
                b0:
                    v0:int = const 1
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b2:v6
                    v3:int = phi b0:v1, b2:v5
                    v7:int = const 1000
                    v8:int = lt v2, v7
                    if v8 -> b2, b3
                b2:
                    v4:int = call main.steps(v2)
                    v5:int = add v3, v4
                    v6:int = add v2, v0
                    jmp b1
                b3:
                    call runtime.printint(v3)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo(total + "\n");
    }

    /** Primes below 2000 by trial division: nested loops, / and % by a variable. */
    @Test
    void nestedLoopsWithDivMod() throws Exception {
        assertThat(run("""
                func main.isPrime(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 2
                    v3:int = const 0
                    v2:int = lt v0, v1
                    if v2 -> b1, b2
                b1:
                    ret v3
                b2:
                    v4:int = const 3
                    jmp b3
                b3:
                    v5:int = phi b2:v4, b5:v10
                    v6:int = div v0, v5
                    v7:int = le v5, v6
                    if v7 -> b4, b6
                b4:
                    v8:int = mod v0, v5
                    v9:int = eq v8, v3
                    if v9 -> b7, b5
                b5:
                    v10:int = add v5, v1
                    jmp b3
                b6:
                    v11:int = mod v0, v1
                    v12:int = ne v11, v3
                    v13:int = eq v0, v1
                    v14:int = or v12, v13
                    ret v14
                b7:
                    ret v3
                }

                func main.main() () {
                b0:
                    v0:int = const 2
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b4:v7
                    v3:int = phi b0:v1, b4:v6
                    v4:int = phi b0:v1, b4:v9
                    v10:int = const 2000
                    v11:int = lt v2, v10
                    if v11 -> b2, b5
                b2:
                    v5:int = call main.isPrime(v2)
                    if v5 -> b3, b4
                b3:
                    v12:int = const 1
                    v13:int = add v3, v12
                    jmp b4
                b4:
                    v6:int = phi b2:v3, b3:v13
                    v9:int = phi b2:v4, b3:v2
                    v14:int = const 1
                    v7:int = add v2, v14
                    jmp b1
                b5:
                    call runtime.printint(v3)
                    call runtime.printsp()
                    call runtime.printint(v4)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("303 1999\n");
    }

    private static String printAll(String fn, int n) {
        // calls fn with no arguments and prints its n results separated by spaces
        StringBuilder sb = new StringBuilder("func main.main() () {\nb0:\n    ");
        for (int i = 0; i < n; i++) sb.append(i > 0 ? ", " : "").append("v").append(i).append(":int");
        sb.append(" = call ").append(fn).append("()\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append("    call runtime.printsp()\n");
            sb.append("    call runtime.printint(v").append(i).append(")\n");
        }
        return sb.append("    call runtime.printnl()\n    ret\n}\n").toString();
    }

    private static String joined(long... xs) {
        StringBuilder sb = new StringBuilder();
        for (long x : xs) sb.append(sb.isEmpty() ? "" : " ").append(x);
        return sb.append('\n').toString();
    }

    @Test
    void divisionEdgeCases() throws Exception {
        long[][] pairs = {{Long.MIN_VALUE, -1}, {7, -1}, {-7, 2}, {7, -2}, {-7, -2}, {Long.MIN_VALUE, 1}, {5, 3}, {-1, Long.MIN_VALUE}};
        StringBuilder ir = new StringBuilder("""
                func main.divmod(int, int) (int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = div v0, v1
                    v3:int = mod v0, v1
                    ret v2, v3
                }

                func main.byconst(int) (int, int, int, int, int, int, int) {
                b0:
                    v0:int = param 0
                    v1:int = const -1
                    v2:int = div v0, v1
                    v3:int = mod v0, v1
                    v4:int = const 3
                    v5:int = div v0, v4
                    v6:int = mod v0, v4
                    v7:int = const -3
                    v8:int = div v0, v7
                    v9:int = mod v0, v7
                    v10:int = const 6148914691236517206
                    v11:int = hmul v0, v10
                    ret v2, v3, v5, v6, v8, v9, v11
                }

                func main.main() () {
                b0:
                """);
        StringBuilder want = new StringBuilder();
        int v = 0;
        for (long[] p : pairs) {
            ir.append("    v").append(v).append(":int = const ").append(p[0]).append('\n');
            ir.append("    v").append(v + 1).append(":int = const ").append(p[1]).append('\n');
            ir.append("    v").append(v + 2).append(":int, v").append(v + 3).append(":int = call main.divmod(v").append(v).append(", v").append(v + 1).append(")\n");
            ir.append("    call runtime.printint(v").append(v + 2).append(")\n    call runtime.printsp()\n");
            ir.append("    call runtime.printint(v").append(v + 3).append(")\n    call runtime.printnl()\n");
            want.append(joined(p[0] / p[1], p[0] % p[1]));
            v += 4;
        }
        for (long x : new long[]{Long.MIN_VALUE, -7, 7, 100, Long.MAX_VALUE}) {
            ir.append("    v").append(v).append(":int = const ").append(x).append('\n');
            ir.append("    ");
            for (int i = 0; i < 7; i++) ir.append(i > 0 ? ", " : "").append("v").append(v + 1 + i).append(":int");
            ir.append(" = call main.byconst(v").append(v).append(")\n");
            for (int i = 0; i < 7; i++) {
                ir.append("    call runtime.printint(v").append(v + 1 + i).append(")\n    call runtime.printsp()\n");
            }
            ir.append("    call runtime.printnl()\n");
            want.append(joined(-x, 0, x / 3, x % 3, x / -3, x % -3, Math.multiplyHigh(x, 6148914691236517206L)).replace("\n", " \n"));
            v += 8;
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    static long goShift(String op, long x, long c) {
        boolean big = c < 0 || c >= 64;
        return switch (op) {
            case "shl" -> big ? 0 : x << c;
            case "shr" -> big ? 0 : x >>> c;
            default -> big ? x >> 63 : x >> c;
        };
    }

    @Test
    void shiftsByZero63And64AndMore() throws Exception {
        long[] counts = {0, 1, 63, 64, 100, -1};
        long[] xs = {-5, 1, 0x123456789abcdefL};
        StringBuilder ir = new StringBuilder("""
                func main.sh(int, int) (int, int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = shl v0, v1
                    v3:int = shr v0, v1
                    v4:int = sar v0, v1
                    ret v2, v3, v4
                }

                """);
        // the same shifts by constant counts, one function per count
        for (int k = 0; k < counts.length; k++) {
            ir.append("func main.shc").append(k).append("(int) (int, int, int) {\nb0:\n    v0:int = param 0\n")
                    .append("    v1:int = const ").append(counts[k]).append('\n')
                    .append("    v2:int = shl v0, v1\n    v3:int = shr v0, v1\n    v4:int = sar v0, v1\n    ret v2, v3, v4\n}\n\n");
        }
        ir.append("func main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        int v = 0;
        for (long x : xs) {
            for (int k = 0; k < counts.length; k++) {
                long c = counts[k];
                ir.append("    v").append(v).append(":int = const ").append(x).append('\n');
                ir.append("    v").append(v + 1).append(":int = const ").append(c).append('\n');
                ir.append("    v").append(v + 2).append(":int, v").append(v + 3).append(":int, v").append(v + 4)
                        .append(":int = call main.sh(v").append(v).append(", v").append(v + 1).append(")\n");
                ir.append("    v").append(v + 5).append(":int, v").append(v + 6).append(":int, v").append(v + 7)
                        .append(":int = call main.shc").append(k).append("(v").append(v).append(")\n");
                for (int i = 2; i < 8; i++) {
                    ir.append("    call runtime.printint(v").append(v + i).append(")\n    call runtime.printsp()\n");
                }
                ir.append("    call runtime.printnl()\n");
                long l = goShift("shl", x, c), r = goShift("shr", x, c), a = goShift("sar", x, c);
                want.append(joined(l, r, a, l, r, a).replace("\n", " \n"));
                v += 8;
            }
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    @Test
    void aShiftByACountMaskedTo6BitsNeedsNoTestAndGivesGosResult() throws Exception {
        // x << (c & 63): the count is below 64, so the shift is one instruction (Emitter.below64);
        // the results are Go's for every count, the masked ones too
        String f = """
                func main.shm(int, int) (int, int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = const 63
                    v3:int = and v1, v2
                    v4:int = shl v0, v3
                    v5:int = shr v0, v3
                    v6:int = sar v0, v3
                    ret v4, v5, v6
                }
                """;
        var fn = dev.rt0gen.ir.Parser.func(f);
        var shl = fn.blocks.get(0).instrs.stream().filter(i -> i.op == dev.rt0gen.ir.Op.SHL).findFirst().orElseThrow();
        assertThat(Emitter.below64(shl.arg(1))).isTrue();
        assertThat(Emitter.below64(shl.arg(0))).isFalse();
        long[] counts = {0, 1, 63, 64, 100, -1};
        StringBuilder ir = new StringBuilder(f).append("\nfunc main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        int v = 0;
        for (long c : counts) {
            long x = 0x123456789abcdefL;
            ir.append("    v").append(v).append(":int = const ").append(x).append('\n');
            ir.append("    v").append(v + 1).append(":int = const ").append(c).append('\n');
            ir.append("    v").append(v + 2).append(":int, v").append(v + 3).append(":int, v").append(v + 4)
                    .append(":int = call main.shm(v").append(v).append(", v").append(v + 1).append(")\n");
            for (int i = 2; i < 5; i++) {
                ir.append("    call runtime.printint(v").append(v + i).append(")\n    call runtime.printsp()\n");
            }
            ir.append("    call runtime.printnl()\n");
            long l = goShift("shl", x, c & 63), r = goShift("shr", x, c & 63), a = goShift("sar", x, c & 63);
            want.append(joined(l, r, a).replace("\n", " \n"));
            v += 5;
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    @Test
    void everyComparisonMaterializedAndFused() throws Exception {
        String[] ops = {"eq", "ne", "lt", "le", "gt", "ge"};
        long[][] pairs = {{1, 2}, {2, 2}, {3, 2}, {-1, 0}, {0, -1}, {0, 0}, {Long.MIN_VALUE, Long.MAX_VALUE}};
        StringBuilder ir = new StringBuilder();
        // main.m: each comparison of its two parameters as a value (1 or 0), and against constants
        ir.append("func main.m(int, int) (");
        for (int i = 0; i < 18; i++) ir.append(i > 0 ? ", " : "").append("int");
        ir.append(") {\nb0:\n    v0:int = param 0\n    v1:int = param 1\n    v2:int = const 0\n    v3:int = const 2\n");
        StringBuilder rets = new StringBuilder();
        int v = 4;
        for (String op : ops) {
            ir.append("    v").append(v).append(":int = ").append(op).append(" v0, v1\n");
            ir.append("    v").append(v + 1).append(":int = ").append(op).append(" v0, v2\n");
            ir.append("    v").append(v + 2).append(":int = ").append(op).append(" v3, v1\n");
            for (int i = 0; i < 3; i++) rets.append(rets.isEmpty() ? "" : ", ").append("v").append(v + i);
            v += 3;
        }
        ir.append("    ret ").append(rets).append("\n}\n\n");
        // main.f: the same comparisons fused into branches, each choosing 1 or 0 through a phi
        ir.append("func main.f(int, int) (");
        for (int i = 0; i < 18; i++) ir.append(i > 0 ? ", " : "").append("int");
        ir.append(") {\nb0:\n    v0:int = param 0\n    v1:int = param 1\n    v2:int = const 0\n    v3:int = const 2\n    v4:int = const 1\n    jmp b1\n");
        int b = 1;
        v = 10;
        rets.setLength(0);
        for (String op : ops) {
            for (String[] args : new String[][]{{"v0", "v1"}, {"v0", "v2"}, {"v3", "v1"}}) {
                ir.append("b").append(b).append(":\n    v").append(v).append(":int = ").append(op).append(' ')
                        .append(args[0]).append(", ").append(args[1]).append('\n')
                        .append("    if v").append(v).append(" -> b").append(b + 1).append(", b").append(b + 2).append('\n');
                ir.append("b").append(b + 1).append(":\n    jmp b").append(b + 2).append('\n');
                ir.append("b").append(b + 2).append(":\n    v").append(v + 1).append(":int = phi b").append(b).append(":v2, b")
                        .append(b + 1).append(":v4\n    jmp b").append(b + 3).append('\n');
                rets.append(rets.isEmpty() ? "" : ", ").append("v").append(v + 1);
                v += 2;
                b += 3;
            }
        }
        ir.append("b").append(b).append(":\n    ret ").append(rets).append("\n}\n\n");
        ir.append("func main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        v = 0;
        for (long[] p : pairs) {
            for (String fn : new String[]{"main.m", "main.f"}) {
                ir.append("    v").append(v).append(":int = const ").append(p[0]).append('\n');
                ir.append("    v").append(v + 1).append(":int = const ").append(p[1]).append("\n    ");
                for (int i = 0; i < 18; i++) ir.append(i > 0 ? ", " : "").append("v").append(v + 2 + i).append(":int");
                ir.append(" = call ").append(fn).append("(v").append(v).append(", v").append(v + 1).append(")\n");
                for (int i = 0; i < 18; i++) ir.append("    call runtime.printint(v").append(v + 2 + i).append(")\n");
                ir.append("    call runtime.printnl()\n");
                StringBuilder line = new StringBuilder();
                for (String op : ops) {
                    for (long[] ab : new long[][]{{p[0], p[1]}, {p[0], 0}, {2, p[1]}}) {
                        boolean r = switch (op) {
                            case "eq" -> ab[0] == ab[1];
                            case "ne" -> ab[0] != ab[1];
                            case "lt" -> ab[0] < ab[1];
                            case "le" -> ab[0] <= ab[1];
                            case "gt" -> ab[0] > ab[1];
                            default -> ab[0] >= ab[1];
                        };
                        line.append(r ? '1' : '0');
                    }
                }
                want.append(line).append('\n');
                v += 20;
            }
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /** 12 argument words (9 in registers, 3 on the stack) and 11 result words (2 on the stack). */
    @Test
    void callsWithStackArgumentsAndManyResults() throws Exception {
        StringBuilder ir = new StringBuilder("func main.many(");
        for (int i = 0; i < 12; i++) ir.append(i > 0 ? ", " : "").append("int");
        ir.append(") (");
        for (int i = 0; i < 11; i++) ir.append(i > 0 ? ", " : "").append("int");
        ir.append(") {\nb0:\n");
        for (int i = 0; i < 12; i++) ir.append("    v").append(i).append(":int = param ").append(i).append('\n');
        // result i = arg i * (i + 1) + arg (11 - i)
        StringBuilder rets = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            ir.append("    v").append(100 + i).append(":int = const ").append(i + 1).append('\n');
            ir.append("    v").append(200 + i).append(":int = mul v").append(i).append(", v").append(100 + i).append('\n');
            ir.append("    v").append(300 + i).append(":int = add v").append(200 + i).append(", v").append(11 - i).append('\n');
            rets.append(i > 0 ? ", " : "").append("v").append(300 + i);
        }
        ir.append("    ret ").append(rets).append("\n}\n\n");
        ir.append("func main.main() () {\nb0:\n");
        long[] args = new long[12];
        for (int i = 0; i < 12; i++) {
            args[i] = i % 3 == 0 ? 1000L * i + 7 : (i % 3 == 1 ? -i : 0x100000000L * i);
            ir.append("    v").append(i).append(":int = const ").append(args[i]).append('\n');
        }
        // a value computed before the call, live across it (and a second call to see the stack results kept)
        ir.append("    v50:int = add v1, v2\n    ");
        for (int i = 0; i < 11; i++) ir.append(i > 0 ? ", " : "").append("v").append(20 + i).append(":int");
        ir.append(" = call main.many(");
        for (int i = 0; i < 12; i++) ir.append(i > 0 ? ", " : "").append(i == 5 ? "v50" : "v" + i);
        ir.append(")\n    call runtime.printlock()\n");
        for (int i = 0; i < 11; i++) ir.append("    call runtime.printint(v").append(20 + i).append(")\n    call runtime.printsp()\n");
        ir.append("    call runtime.printint(v50)\n    call runtime.printnl()\n    call runtime.printunlock()\n    ret\n}\n");
        args[5] = args[1] + args[2];
        StringBuilder want = new StringBuilder();
        for (int i = 0; i < 11; i++) want.append(args[i] * (i + 1) + args[11 - i]).append(' ');
        want.append(args[1] + args[2]).append('\n');
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /**
     * Go's rule per whole value: 8 ints take RAX..R10, a string then needs two registers with only
     * R11 left, so it goes whole to the stack and the int after it takes R11; the results the
     * same way. One call's results (the string on the stack) are the next call's arguments. In
     * mix, a string fits, the next two do not, the int after them takes R11.
     */
    @Test
    void wholeValuesInRegistersOrOnTheStack() throws Exception {
        assertThat(run("""
                data rodata main.abc = bytes "abcdef"
                data rodata main.cd = bytes "cdef"

                func main.f(int, int, int, int, int, int, int, int, ptr int, int) (int, int, int, int, int, int, int, int, ptr int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:int = param 3
                    v4:int = param 4
                    v5:int = param 5
                    v6:int = param 6
                    v7:int = param 7
                    v8:ptr = param 8
                    v9:int = param 9
                    v10:int = param 10
                    call runtime.printlock()
                    call runtime.printstring(v8 v9)
                    call runtime.printsp()
                    call runtime.printint(v10)
                    call runtime.printnl()
                    call runtime.printunlock()
                    v11:int = const 1
                    v12:ptr = add v8, v11
                    v13:int = sub v9, v11
                    ret v10, v7, v6, v5, v4, v3, v2, v1, v12, v13, v0
                }

                func main.mix(ptr int, int, int, int, int, int, int, ptr int, ptr int, int) (ptr int, int, ptr int) {
                b0:
                    v0:ptr = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:int = param 3
                    v4:int = param 4
                    v5:int = param 5
                    v6:int = param 6
                    v7:int = param 7
                    v8:ptr = param 8
                    v9:int = param 9
                    v10:ptr = param 10
                    v11:int = param 11
                    v12:int = param 12
                    v13:ptr, v14:int = call runtime.concatstring2(v0 v1, v8 v9)
                    v15:int = add v2, v3
                    v16:int = add v15, v4
                    v17:int = add v16, v5
                    v18:int = add v17, v6
                    v19:int = add v18, v7
                    v20:int = add v19, v12
                    ret v13, v14, v20, v10, v11
                }

                func main.main() () {
                b0:
                    v0:int = const 1
                    v1:int = const 2
                    v2:int = const 3
                    v3:int = const 4
                    v4:int = const 5
                    v5:int = const 6
                    v6:int = const 7
                    v7:int = const 8
                    v8:ptr = addr main.abc
                    v9:int = const 6
                    v10:int = const 9
                    v20:int, v21:int, v22:int, v23:int, v24:int, v25:int, v26:int, v27:int, v28:ptr v29:int, v30:int = call main.f(v0, v1, v2, v3, v4, v5, v6, v7, v8 v9, v10)
                    call runtime.printlock()
                    call runtime.printint(v20)
                    call runtime.printsp()
                    call runtime.printint(v21)
                    call runtime.printsp()
                    call runtime.printint(v22)
                    call runtime.printsp()
                    call runtime.printint(v23)
                    call runtime.printsp()
                    call runtime.printint(v24)
                    call runtime.printsp()
                    call runtime.printint(v25)
                    call runtime.printsp()
                    call runtime.printint(v26)
                    call runtime.printsp()
                    call runtime.printint(v27)
                    call runtime.printsp()
                    call runtime.printstring(v28 v29)
                    call runtime.printsp()
                    call runtime.printint(v30)
                    call runtime.printnl()
                    call runtime.printunlock()
                    v40:int, v41:int, v42:int, v43:int, v44:int, v45:int, v46:int, v47:int, v48:ptr v49:int, v50:int = call main.f(v20, v21, v22, v23, v24, v25, v26, v27, v28 v29, v30)
                    call runtime.printlock()
                    call runtime.printint(v40)
                    call runtime.printsp()
                    call runtime.printint(v41)
                    call runtime.printsp()
                    call runtime.printint(v42)
                    call runtime.printsp()
                    call runtime.printint(v43)
                    call runtime.printsp()
                    call runtime.printint(v44)
                    call runtime.printsp()
                    call runtime.printint(v45)
                    call runtime.printsp()
                    call runtime.printint(v46)
                    call runtime.printsp()
                    call runtime.printint(v47)
                    call runtime.printsp()
                    call runtime.printstring(v48 v49)
                    call runtime.printsp()
                    call runtime.printint(v50)
                    call runtime.printnl()
                    call runtime.printunlock()
                    v60:int = const 2
                    v61:int = const 100
                    v67:ptr = addr main.cd
                    v68:int = const 4
                    v62:ptr v63:int, v64:int, v65:ptr v66:int = call main.mix(v8 v60, v0, v1, v2, v3, v4, v5, v67 v60, v67 v68, v61)
                    call runtime.printlock()
                    call runtime.printstring(v62 v63)
                    call runtime.printsp()
                    call runtime.printint(v64)
                    call runtime.printsp()
                    call runtime.printstring(v65 v66)
                    call runtime.printnl()
                    call runtime.printunlock()
                    ret
                }
                """)).isEqualTo("abcdef 9\n9 8 7 6 5 4 3 2 bcdef 1\nbcdef 1\n1 2 3 4 5 6 7 8 cdef 9\nabcd 121 cdef\n");
    }

    /** Phi cycles: (a, b, c) = (b, c, a) and (x, y) = (y, x + y) in a loop; call arguments in a cycle. */
    @Test
    void swapCyclesInPhisAndCallArguments() throws Exception {
        assertThat(run("""
                func main.rot(int, int, int, int) (int, int, int, int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:int = param 3
                    v4:int = const 0
                    v5:int = const 1
                    jmp b1
                b1:
                    v10:int = phi b0:v0, b2:v11
                    v11:int = phi b0:v1, b2:v12
                    v12:int = phi b0:v2, b2:v10
                    v13:int = phi b0:v4, b2:v16
                    v14:int = phi b0:v5, b2:v15
                    v15:int = phi b0:v5, b2:v17
                    v18:int = phi b0:v4, b2:v19
                    v20:int = lt v18, v3
                    if v20 -> b2, b3
                b2:
                    v16:int = copy v14
                    v17:int = add v14, v15
                    v19:int = add v18, v5
                    jmp b1
                b3:
                    ret v10, v11, v12, v13, v14
                }

                func main.h(int, int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:int = const 100
                    v4:int = mul v0, v3
                    v5:int = const 10
                    v6:int = mul v1, v5
                    v7:int = add v4, v6
                    v8:int = add v7, v2
                    ret v8
                }

                func main.g(int, int, int) (int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:int = call main.h(v2, v0, v1)
                    v4:int = call main.h(v1, v2, v0)
                    ret v4, v3
                }

                func main.main() () {
                b0:
                    v0:int = const 1
                    v1:int = const 2
                    v2:int = const 3
                    v3:int = const 7
                    v4:int, v5:int, v6:int, v7:int, v8:int = call main.rot(v0, v1, v2, v3)
                    call runtime.printint(v4)
                    call runtime.printint(v5)
                    call runtime.printint(v6)
                    call runtime.printsp()
                    call runtime.printint(v7)
                    call runtime.printsp()
                    call runtime.printint(v8)
                    call runtime.printnl()
                    v9:int, v10:int = call main.g(v0, v1, v2)
                    call runtime.printint(v9)
                    call runtime.printsp()
                    call runtime.printint(v10)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("231 13 21\n231 312\n");
    }

    /** go show(40, 2): an ABI0 wrapper reads its words from the stack; newproc takes all its words there. */
    /**
     * calli: a closure's code called with the closure in RDX (read by closureptr), a static
     * closure whose function ignores it, a func value chosen by a phi, the arguments in
     * registers and on the stack, and values live across the calls.
     */
    @Test
    void indirectCallsWithAClosureContext() throws Exception {
        assertThat(run("""
                data data main.clo = ptr main.addk, int 100
                data rodata main.mul\u00b7f = ptr main.mul

                func main.addk(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:ptr = closureptr
                    v3:int = load [v2+8]
                    v4:int = add v0, v1
                    v5:int = add v4, v3
                    ret v5
                }

                func main.mul(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = mul v0, v1
                    ret v2
                }

                func main.sum10(int, int, int, int, int, int, int, int, int, int) (int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:int = param 3
                    v4:int = param 4
                    v5:int = param 5
                    v6:int = param 6
                    v7:int = param 7
                    v8:int = param 8
                    v9:int = param 9
                    v10:ptr = closureptr
                    v11:int = load [v10+8]
                    v12:int = add v0, v1
                    v13:int = add v12, v2
                    v14:int = add v13, v3
                    v15:int = add v14, v4
                    v16:int = add v15, v5
                    v17:int = add v16, v6
                    v18:int = add v17, v7
                    v19:int = add v18, v8
                    v20:int = add v19, v9
                    ret v20, v11
                }

                func main.main() () {
                b0:
                    v0:ptr = addr main.clo
                    v1:int = const 3
                    v2:int = const 4
                    v3:int = calli v0(v1, v2)
                    call runtime.printint(v3)
                    call runtime.printsp()
                    v4:ptr = addr main.mul\u00b7f
                    v5:int = calli v4(v3, v2)
                    call runtime.printint(v5)
                    call runtime.printsp()
                    v6:int = const 1
                    if v6 -> b1, b2
                b1:
                    jmp b3
                b2:
                    jmp b3
                b3:
                    v7:ptr = phi b1:v0, b2:v4
                    v8:int = calli v7(v5, v3)
                    call runtime.printint(v8)
                    call runtime.printsp()
                    v9:int = const 10
                    v10:ptr = addr main.clo
                    v11:int = load [v10+8]
                    v12:ptr = addr main.sum10
                    store [v10], v12
                    v13:int, v14:int = calli v10(v1, v2, v5, v8, v9, v1, v2, v5, v8, v11)
                    call runtime.printint(v13)
                    call runtime.printsp()
                    call runtime.printint(v14)
                    call runtime.printsp()
                    v15:int = add v3, v5
                    call runtime.printint(v15)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("107 428 635 2250 100 535\n");
    }

    /**
     * A go statement through an ABI0 wrapper. GOMAXPROCS=1: main's Gosched then runs the new
     * goroutine to its end on the only P before main exits (with 2 Ps another M may take it and
     * be between its two prints when main exits, in Go too).
     */
    @Test
    void goroutineThroughAnAbi0Wrapper() throws Exception {
        assertThat(run("""
                func main.show(int, int) () {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = add v0, v1
                    call runtime.printint(v2)
                    call runtime.printnl()
                    ret
                }

                func abi0 main.main.gowrap1(int, int) () {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    call main.show(v0, v1)
                    ret
                }

                func main.main() () {
                b0:
                    v0:ptr = addr main.main.gowrap1
                    v1:int = const 16
                    v2:int = const 40
                    v3:int = const 2
                    call runtime.newproc(v0, v1, v2, v3)
                    call runtime.Gosched()
                    ret
                }
                """, Map.of("GOMAXPROCS", "1"))).isEqualTo("42\n");
    }

    /**
     * Narrow loads and stores: a byte, a 16-bit and a 32-bit field stored into a word of bss
     * (each leaves its neighbours alone: 511 stores its low byte 0xff), read back zero- and sign-extended; a float32 rounded on
     * the store and widened exactly on the load.
     */
    @Test
    void narrowLoadsAndStores() throws Exception {
        assertThat(run("""
                # package main
                data bss main.mem = zero int, zero int

                func main.main() () {
                b0:
                    v0:ptr = addr main.mem
                    v1:int = const -1
                    store [v0], v1
                    v2:int = const 511
                    store.u8 [v0+1], v2
                    v3:int = const -2
                    store.i16 [v0+2], v3
                    v4:int = const 305419896
                    store.u32 [v0+4], v4
                    v5:int = load [v0]
                    call runtime.printhex(v5)
                    call runtime.printnl()
                    v6:int = load.u8 [v0]
                    v7:int = load.i8 [v0]
                    v8:int = load.u16 [v0+2]
                    v9:int = load.i16 [v0+2]
                    v10:int = load.i32 [v0+4]
                    v11:int = load.u32 [v0]
                    call runtime.printint(v6)
                    call runtime.printsp()
                    call runtime.printint(v7)
                    call runtime.printsp()
                    call runtime.printint(v8)
                    call runtime.printsp()
                    call runtime.printint(v9)
                    call runtime.printsp()
                    call runtime.printint(v10)
                    call runtime.printsp()
                    call runtime.printint(v11)
                    call runtime.printnl()
                    v12:f64 = fconst 0x3fb999999999999a
                    store.f32 [v0+8], v12
                    v13:int = load.u32 [v0+8]
                    call runtime.printhex(v13)
                    call runtime.printsp()
                    v14:f64 = load.f32 [v0+8]
                    call runtime.printfloat(v14)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("0x12345678fffeffff\n255 -1 65534 -2 305419896 4294901759\n0x3dcccccd 0.10000000149011612\n");
    }

    /** rodata bytes, data words (one a pointer), bss words: loaded, stored, printed. */
    @Test
    void dataSections() throws Exception {
        assertThat(run("""
                # package main
                data rodata main..stmp_0 = bytes "hello, data\\n"
                data data main.greeting = ptr main..stmp_0+7, int 5
                data data main.count = int -3
                data bss main.total = zero int, zero int

                func main.main() () {
                b0:
                    v0:ptr = addr main..stmp_0
                    v1:int = const 7
                    call runtime.printstring(v0, v1)
                    v2:ptr = addr main.greeting
                    v3:ptr = load [v2]
                    v4:int = load [v2+8]
                    call runtime.printstring(v3, v4)
                    v5:ptr = addr main.count
                    v6:int = load [v5]
                    v7:ptr = addr main.total
                    store [v7+8], v6
                    v11:ptr = addr main.total+8
                    v8:int = load [v11]
                    v9:int = mul v8, v8
                    store [v7], v9
                    v10:int = load [v7]
                    call runtime.printint(v10)
                    call runtime.printint(v8)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("hello, data\n9-3\n");
    }

    /** More values live at once than there are registers, across calls and not: spill slots. */
    @Test
    void manyLiveValuesSpill() throws Exception {
        int n = 24;
        StringBuilder ir = new StringBuilder("func main.spill(int) (int) {\nb0:\n    v0:int = param 0\n");
        for (int i = 1; i <= n; i++) {
            ir.append("    v").append(100 + i).append(":int = const ").append(i).append('\n');
            ir.append("    v").append(i).append(":int = mul v0, v").append(100 + i).append('\n');
        }
        // all n live; fold them pairwise from both ends so every one stays live until late
        String acc = "v0";
        for (int i = 1; i <= n / 2; i++) {
            ir.append("    v").append(200 + i).append(":int = sub v").append(i).append(", v").append(n + 1 - i).append('\n');
            ir.append("    v").append(300 + i).append(":int = xor ").append(acc).append(", v").append(200 + i).append('\n');
            acc = "v" + (300 + i);
            if (i == n / 4) {
                ir.append("    call runtime.printlock()\n    call runtime.printunlock()\n");
            }
        }
        ir.append("    ret ").append(acc).append("\n}\n\n");
        ir.append("""
                func main.main() () {
                b0:
                    v0:int = const 1000003
                    v1:int = call main.spill(v0)
                    call runtime.printint(v1)
                    call runtime.printnl()
                    ret
                }
                """);
        long x = 1000003, acc2 = x;
        for (int i = 1; i <= n / 2; i++) acc2 ^= x * i - x * (n + 1 - i);
        assertThat(run(ir.toString())).isEqualTo(acc2 + "\n");
    }

    /**
     * An and only compared with 0 becomes a test (no and materialized): in a branch and as a
     * value, with a register, an immediate on either side, one wider than 32 bits, the same
     * value twice, and an operand that a call between the and and its test keeps in memory.
     */
    @Test
    void andComparedWithZeroIsATest() throws Exception {
        String ir = """
                func main.t(int, int) (int, int, int, int, int, int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = const 1
                    v3:int = const 0
                    v4:int = and v0, v2
                    v5:int = eq v4, v3
                    if v5 -> b1, b2
                b1:
                    v6:int = const 10
                    jmp b3
                b2:
                    v7:int = const 20
                    jmp b3
                b3:
                    v8:int = phi b1:v6, b2:v7
                    v9:int = and v1, v0
                    v10:int = ne v3, v9
                    v11:int = const 4294967296
                    v12:int = and v0, v11
                    v13:int = eq v12, v3
                    v14:int = const 6
                    v15:int = and v14, v0
                    v16:int = eq v15, v3
                    v17:int = and v1, v1
                    v18:int = ne v17, v3
                    v19:int = const 4
                    v20:int = and v0, v19
                    call runtime.printlock()
                    call runtime.printunlock()
                    v21:int = ne v20, v3
                    if v21 -> b4, b5
                b4:
                    jmp b5
                b5:
                    v22:int = phi b3:v3, b4:v2
                    ret v8, v10, v13, v16, v18, v22
                }

                func main.main() () {
                b0:
                """;
        long[][] cases = {{0, 0}, {1, 2}, {6, 3}, {4, -1}, {0x100000000L, 5}, {-1, 0}, {Long.MIN_VALUE, Long.MIN_VALUE}};
        StringBuilder main = new StringBuilder(ir), want = new StringBuilder();
        int v = 0;
        for (long[] c : cases) {
            main.append("    v").append(v).append(":int = const ").append(c[0]).append('\n');
            main.append("    v").append(v + 1).append(":int = const ").append(c[1]).append("\n    ");
            for (int i = 0; i < 6; i++) main.append(i > 0 ? ", " : "").append("v").append(v + 2 + i).append(":int");
            main.append(" = call main.t(v").append(v).append(", v").append(v + 1).append(")\n");
            for (int i = 0; i < 6; i++) main.append("    call runtime.printint(v").append(v + 2 + i).append(")\n    call runtime.printsp()\n");
            main.append("    call runtime.printnl()\n");
            long x = c[0], y = c[1];
            want.append((x & 1) == 0 ? 10 : 20).append(' ').append((y & x) != 0 ? 1 : 0).append(' ')
                    .append((x & 0x100000000L) == 0 ? 1 : 0).append(' ').append((6 & x) == 0 ? 1 : 0).append(' ')
                    .append(y != 0 ? 1 : 0).append(' ').append((x & 4) != 0 ? 1 : 0).append(" \n");
            v += 8;
        }
        main.append("    ret\n}\n");
        assertThat(run(main.toString())).isEqualTo(want.toString());
    }
}
