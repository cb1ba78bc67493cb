package dev.rt0gen.amd64;

import dev.rt0gen.ir.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test: random IR functions (loops with many loop-carried phis, a critical edge
 * with phi moves, every arithmetic op (divmod, unsigned and extending ones too), calls that force values into spill slots, loads and
 * stores, more argument words than registers, float64 values made from ints and back, live
 * across calls) compiled and run, against {@link Interp}.
 */
class RandomProgramTest {
    @TempDir
    Path dir;

    private static final String[] BIN = {"add", "sub", "mul", "and", "or", "xor", "andnot", "shl", "shr", "sar",
            "div", "mod", "hmul", "eq", "ne", "lt", "le", "gt", "ge", "udiv", "umod", "ult", "ule", "ugt", "uge"};
    private static final String[] UNARY = {"neg", "not", "sext8", "sext16", "sext32", "zext8", "zext16", "zext32"};

    /** One random function main.rK(P ints) (3 ints). */
    static String function(Random rnd, int k) {
        int np = 1 + rnd.nextInt(12);
        StringBuilder sb = new StringBuilder("func main.r").append(k).append('(');
        for (int i = 0; i < np; i++) sb.append(i > 0 ? ", " : "").append("int");
        sb.append(") (int, int, int) {\nb0:\n");
        int[] next = {0};
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            String v = "v" + next[0]++;
            sb.append("    ").append(v).append(":int = param ").append(i).append('\n');
            pool.add(v);
        }
        String zero = "v" + next[0]++, one = "v" + next[0]++, iters = "v" + next[0]++, arr = "v" + next[0]++;
        sb.append("    ").append(zero).append(":int = const 0\n");
        sb.append("    ").append(one).append(":int = const 1\n");
        sb.append("    ").append(iters).append(":int = const ").append(2 + rnd.nextInt(4)).append('\n');
        sb.append("    ").append(arr).append(":ptr = addr main.arr\n");
        for (int i = 0; i < 3; i++) {
            String v = "v" + next[0]++;
            long c = switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextInt(10) - 5;
                case 1 -> rnd.nextLong();
                case 2 -> rnd.nextInt(70);
                default -> Integer.MAX_VALUE + (long) rnd.nextInt(3);
            };
            sb.append("    ").append(v).append(":int = const ").append(c).append('\n');
            pool.add(v);
        }
        sb.append("    jmp b1\n");
        // loop header: loop-carried phis, the counter
        int nphi = 2 + rnd.nextInt(8);
        List<String> phis = new ArrayList<>(), inits = new ArrayList<>();
        for (int i = 0; i < nphi; i++) {
            phis.add("v" + next[0]++);
            inits.add(pool.get(rnd.nextInt(pool.size())));
        }
        String ctr = "v" + next[0]++, ctrNext = "v" + next[0]++, cond = "v" + next[0]++;
        List<String> body = new ArrayList<>(pool);
        body.addAll(phis);
        StringBuilder b2 = new StringBuilder(), b4 = new StringBuilder();
        randomCode(rnd, b2, body, next, arr, 4 + rnd.nextInt(14));
        // a critical edge: b2 → b4 directly, or through b3
        String c = "v" + next[0]++, y = "v" + next[0]++, j = "v" + next[0]++;
        b2.append("    ").append(c).append(":int = ").append(BIN[13 + rnd.nextInt(6)]).append(' ')
                .append(pick(rnd, body)).append(", ").append(pick(rnd, body)).append('\n');
        b2.append("    if ").append(c).append(" -> b4, b3\n");
        String a = pick(rnd, body);
        StringBuilder b3 = new StringBuilder();
        List<String> b3pool = new ArrayList<>(body);
        randomCode(rnd, b3, b3pool, next, arr, 1 + rnd.nextInt(4));
        b3.append("    ").append(y).append(":int = add ").append(pick(rnd, b3pool)).append(", ").append(pick(rnd, b3pool)).append('\n');
        body.add(j);
        randomCode(rnd, b4, body, next, arr, 2 + rnd.nextInt(10));
        List<String> nexts = new ArrayList<>();
        for (int i = 0; i < nphi; i++) nexts.add(pick(rnd, body));
        sb.append("b1:\n");
        for (int i = 0; i < nphi; i++) {
            sb.append("    ").append(phis.get(i)).append(":int = phi b0:").append(inits.get(i)).append(", b4:").append(nexts.get(i)).append('\n');
        }
        sb.append("    ").append(ctr).append(":int = phi b0:").append(zero).append(", b4:").append(ctrNext).append('\n');
        sb.append("    ").append(cond).append(":int = lt ").append(ctr).append(", ").append(iters).append('\n');
        sb.append("    if ").append(cond).append(" -> b2, b5\n");
        sb.append("b2:\n").append(b2);
        sb.append("b3:\n").append(b3).append("    jmp b4\n");
        sb.append("b4:\n    ").append(j).append(":int = phi b2:").append(a).append(", b3:").append(y).append('\n').append(b4);
        sb.append("    ").append(ctrNext).append(":int = add ").append(ctr).append(", ").append(one).append('\n');
        sb.append("    jmp b1\n");
        sb.append("b5:\n    ret ").append(phis.get(0)).append(", ").append(phis.get(nphi - 1)).append(", ").append(phis.get(nphi / 2)).append("\n}\n");
        return sb.toString();
    }

    private static String pick(Random rnd, List<String> pool) {
        // favour recent values, but reach back far enough to keep many alive
        int n = pool.size();
        return rnd.nextInt(3) == 0 ? pool.get(rnd.nextInt(n)) : pool.get(Math.max(0, n - 1 - rnd.nextInt(Math.min(n, 6))));
    }

    private static final double[] FLOATS = {0.0, -0.0, 0.5, -3.25, 1e300, 4.9e-324, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e19, 7.0};
    private static final String[] FBIN = {"fadd", "fsub", "fmul", "fdiv"};
    private static final String[] FCMP = {"feq", "fne", "flt", "fle", "fgt", "fge"};

    /**
     * A float64 (a new name in fpool, the IR before it in sb): from an int (cvtif), a constant, an
     * op of two floats of the block, or -x. Floats stay in their block, and reach ints only
     * through comparisons and cvtfi (a NaN's bits are the machine's: never printed).
     */
    private static String randomFloat(Random rnd, StringBuilder sb, List<String> pool, List<String> fpool, int[] next) {
        String f = "v" + next[0]++;
        int k = fpool.size() < 2 ? rnd.nextInt(2) : rnd.nextInt(5);
        switch (k) {
            case 0 -> sb.append("    ").append(f).append(":f64 = cvtif ").append(pick(rnd, pool)).append('\n');
            case 1 -> sb.append("    ").append(f).append(":f64 = fconst ")
                    .append(dev.rt0gen.ir.Printer.f64(Double.doubleToRawLongBits(FLOATS[rnd.nextInt(FLOATS.length)]))).append('\n');
            case 4 -> sb.append("    ").append(f).append(":f64 = fneg ").append(pick(rnd, fpool)).append('\n');
            default -> sb.append("    ").append(f).append(":f64 = ").append(FBIN[rnd.nextInt(FBIN.length)]).append(' ')
                    .append(pick(rnd, fpool)).append(", ").append(pick(rnd, fpool)).append('\n');
        }
        fpool.add(f);
        return f;
    }

    private static void randomCode(Random rnd, StringBuilder sb, List<String> pool, int[] next, String arr, int n) {
        List<String> fpool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(23);
            if (kind == 20 || kind == 21) {
                randomFloat(rnd, sb, pool, fpool, next);
                if (kind == 21) randomFloat(rnd, sb, pool, fpool, next);
                continue;
            }
            String d = "v" + next[0]++;
            if (kind == 22) { // a float back to an int: a comparison or int(x)
                String x = fpool.isEmpty() ? randomFloat(rnd, sb, pool, fpool, next) : pick(rnd, fpool);
                if (rnd.nextBoolean()) {
                    sb.append("    ").append(d).append(":int = cvtfi ").append(x).append('\n');
                } else {
                    sb.append("    ").append(d).append(":int = ").append(FCMP[rnd.nextInt(FCMP.length)]).append(' ')
                            .append(x).append(", ").append(pick(rnd, fpool)).append('\n');
                }
                pool.add(d);
                continue;
            }
            if (kind < 12) {
                String op = BIN[rnd.nextInt(BIN.length)];
                String x = pick(rnd, pool), y = pick(rnd, pool);
                if (op.endsWith("div") || op.endsWith("mod")) { // a divisor that is never 0: y | 1
                    String o = "v" + next[0]++, one = "v" + next[0]++;
                    sb.append("    ").append(one).append(":int = const 1\n");
                    sb.append("    ").append(o).append(":int = or ").append(y).append(", ").append(one).append('\n');
                    y = o;
                }
                sb.append("    ").append(d).append(":int = ").append(op).append(' ').append(x).append(", ").append(y).append('\n');
            } else if (kind < 14) {
                String op = BIN[rnd.nextInt(BIN.length)];
                long c = switch (rnd.nextInt(5)) {
                    case 0 -> -1;
                    case 1 -> rnd.nextInt(80);
                    case 2 -> rnd.nextLong();
                    case 3 -> 3;
                    default -> -rnd.nextInt(1 << 20);
                };
                if ((op.endsWith("div") || op.endsWith("mod")) && c == 0) c = 7;
                String cv = "v" + next[0]++;
                sb.append("    ").append(cv).append(":int = const ").append(c).append('\n');
                boolean first = rnd.nextInt(4) == 0 && !op.endsWith("div") && !op.endsWith("mod");
                sb.append("    ").append(d).append(":int = ").append(op).append(' ')
                        .append(first ? cv : pick(rnd, pool)).append(", ").append(first ? pick(rnd, pool) : cv).append('\n');
            } else if (kind == 14) {
                sb.append("    ").append(d).append(":int = ").append(UNARY[rnd.nextInt(UNARY.length)]).append(' ').append(pick(rnd, pool)).append('\n');
            } else if (kind == 15) {
                sb.append("    ").append(d).append(":int = copy ").append(pick(rnd, pool)).append('\n');
            } else if (kind == 16) {
                String e = "v" + next[0]++;
                sb.append("    ").append(d).append(":int, ").append(e).append(":int = call main.mix(")
                        .append(pick(rnd, pool)).append(", ").append(pick(rnd, pool)).append(")\n");
                pool.add(e);
            } else if (kind == 17) {
                sb.append("    store [").append(arr).append('+').append(8 * rnd.nextInt(8)).append("], ").append(pick(rnd, pool)).append('\n');
                sb.append("    ").append(d).append(":int = load [").append(arr).append('+').append(8 * rnd.nextInt(8)).append("]\n");
            } else if (kind == 18) { // both results of one division, by y | 1, -1 or a constant
                String e = "v" + next[0]++, y = "v" + next[0]++, one = "v" + next[0]++;
                int by = rnd.nextInt(4);
                if (by < 2) {
                    sb.append("    ").append(one).append(":int = const 1\n");
                    sb.append("    ").append(y).append(":int = or ").append(pick(rnd, pool)).append(", ").append(one).append('\n');
                } else {
                    sb.append("    ").append(y).append(":int = const ").append(by == 2 ? -1 : 1 + rnd.nextInt(1000)).append('\n');
                }
                sb.append("    ").append(d).append(":int, ").append(e).append(":int = divmod ").append(pick(rnd, pool)).append(", ").append(y).append('\n');
                pool.add(e);
            } else {
                sb.append("    ").append(d).append(":int = add ").append(pick(rnd, pool)).append(", ").append(pick(rnd, pool)).append('\n');
            }
            pool.add(d);
        }
    }

    static String program(long seed, int functions) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("# package main\ndata bss main.arr = ");
        for (int i = 0; i < 8; i++) sb.append(i > 0 ? ", " : "").append("zero int");
        sb.append("\n\nfunc main.mix(int, int) (int, int) {\nb0:\n    v0:int = param 0\n    v1:int = param 1\n"
                + "    v2:int = const 31\n    v3:int = mul v0, v2\n    v4:int = add v3, v1\n    v5:int = xor v0, v1\n    ret v4, v5\n}\n\n");
        List<String> calls = new ArrayList<>();
        for (int k = 0; k < functions; k++) {
            String f = function(rnd, k);
            sb.append(f).append('\n');
            int np = f.substring(f.indexOf('(') + 1, f.indexOf(')')).split(",").length;
            calls.add(np + "");
        }
        sb.append("func main.main() () {\nb0:\n");
        int v = 0;
        for (int k = 0; k < functions; k++) {
            int np = Integer.parseInt(calls.get(k));
            List<String> args = new ArrayList<>();
            for (int i = 0; i < np; i++) {
                String a = "v" + v++;
                sb.append("    ").append(a).append(":int = const ").append(rnd.nextInt(2000) - 1000).append('\n');
                args.add(a);
            }
            String r0 = "v" + v++, r1 = "v" + v++, r2 = "v" + v++;
            sb.append("    ").append(r0).append(":int, ").append(r1).append(":int, ").append(r2).append(":int = call main.r").append(k)
                    .append('(').append(String.join(", ", args)).append(")\n");
            for (String r : List.of(r0, r1, r2)) sb.append("    call runtime.printint(").append(r).append(")\n    call runtime.printsp()\n");
            sb.append("    call runtime.printnl()\n");
        }
        sb.append("    ret\n}\n");
        return sb.toString();
    }

    @Test
    void randomProgramsComputeWhatTheInterpreterComputes() throws Exception {
        for (long seed = 1; seed <= Long.getLong("amd64.seeds", 8); seed++) {
            String ir = program(seed, 12);
            Module m = Programs.module(ir);
            Interp in = new Interp(m);
            in.call("main.main", List.of());
            assertThat(in.out).as("seed %d prints something", seed).isNotEmpty();
            assertThat(Programs.run(ir, dir)).as("seed %d:\n%s", seed, ir).isEqualTo(in.out.toString());
        }
    }
}
