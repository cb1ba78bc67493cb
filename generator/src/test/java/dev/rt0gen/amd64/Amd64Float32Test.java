package dev.rt0gen.amd64;

import dev.rt0gen.testing.GoFloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.rt0gen.amd64.Amd64FloatTest.c;
import static dev.rt0gen.amd64.Amd64FloatTest.expectF;
import static dev.rt0gen.amd64.Amd64FloatTest.printF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * float32 and complex through the back end (issue 14): a float32 is an f64 word that is always
 * exactly a float32 value, rounded after every operation by fround32 (cvtsd2ss, cvtss2sd) and
 * converted from an int by cvtif32 (rounded once); checked against Java's float arithmetic, which
 * is IEEE binary32 with round to nearest even, as SSE's. The runtime's printfloat32,
 * printcomplex, printcomplex64 and complex128div are checked against what go1.26.8 prints and
 * against the oracle (GoFloat).
 */
class Amd64Float32Test {
    @TempDir
    Path dir;

    private static final String WORD = "data bss main.word = zero int\n";

    /** float32 values, and float64s that are not (rounded by fround32). */
    static final double[] VALUES32 = {0.0, -0.0, 1.5, -2.25, 3.0, (float) 0.1, (float) (1.0 / 3), 16777216.0, 16777215.0,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-30f, 123456792.0};

    private String run(String ir) throws Exception {
        return Programs.run(ir, dir);
    }

    /** fadd, fsub, fmul, fdiv of every pair of float32s, each rounded by fround32: Java's float arithmetic, bit for bit. */
    @Test
    void float32ArithmeticRoundsEveryOperation() throws Exception {
        StringBuilder ir = new StringBuilder(WORD);
        String[] ops = {"fadd", "fsub", "fmul", "fdiv"};
        for (String op : ops) {
            ir.append("func main.").append(op).append("(f64, f64) (f64) {\nb0:\n    v0:f64 = param 0\n    v1:f64 = param 1\n")
                    .append("    v2:f64 = ").append(op).append(" v0, v1\n    v3:f64 = fround32 v2\n    ret v3\n}\n");
        }
        ir.append("func main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (double a : VALUES32) {
            for (double b : VALUES32) {
                ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n", w, c(a), w + 1, c(b)));
                int x = w, y = w + 1;
                w += 2;
                float fa = (float) a, fb = (float) b;
                for (String op : ops) {
                    ir.append(String.format("    v%d:f64 = call main.%s(v%d, v%d)%n", w, op, x, y));
                    ir.append(printF("v" + w, w + 1));
                    w += 10;
                    float r = switch (op) {
                        case "fadd" -> fa + fb;
                        case "fsub" -> fa - fb;
                        case "fmul" -> fa * fb;
                        default -> fa / fb;
                    };
                    want.append(expectF(r));
                }
            }
            ir.append("    call runtime.printnl()\n");
            want.append('\n');
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /**
     * fround32 of float64s (ties to even, overflow to ±Inf, float32's subnormals, -0), from a
     * register and from the constant pool, and cvtif32 of ints rounded once (2^62 + 2^38 + 1 is
     * 2^62 + 2^39: through a float64 it would be 2^62).
     */
    @Test
    void roundingAndIntConversionsToFloat32() throws Exception {
        double[] ds = {0.1, 1.0 / 3, 16777217.0, 16777219.0, 3.4028235677973366e38, 3.4028235677973362e38, 1e39, -1e39,
                1.401298464324817e-45, 0.7e-45, 0.71e-45, 1e-46, -0.0, 1e308, 4.9e-324, Math.PI};
        long[] is = {0, -1, 16777217, 16777219, (1L << 62) + (1L << 38) + 1, Long.MAX_VALUE, Long.MIN_VALUE, -123456789};
        StringBuilder ir = new StringBuilder(WORD).append("""
                func main.r32(f64) (f64) {
                b0:
                    v0:f64 = param 0
                    v1:f64 = fround32 v0
                    ret v1
                }
                func main.i2f32(int) (f64) {
                b0:
                    v0:int = param 0
                    v1:f64 = cvtif32 v0
                    ret v1
                }
                func main.main() () {
                b0:
                """);
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (double d : ds) {
            ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = call main.r32(v%d)%n", w, c(d), w + 1, w));
            ir.append(printF("v" + (w + 1), w + 2));
            ir.append(String.format("    v%d:f64 = fround32 v%d%n", w + 9, w));   // the operand from the pool
            ir.append(printF("v" + (w + 9), w + 10));
            w += 20;
            want.append(expectF((float) d)).append(expectF((float) d));
        }
        ir.append("    call runtime.printnl()\n");
        want.append('\n');
        for (long i : is) {
            ir.append(String.format("    v%d:int = const %d%n    v%d:f64 = call main.i2f32(v%d)%n", w, i, w + 1, w));
            ir.append(printF("v" + (w + 1), w + 2));
            ir.append(String.format("    v%d:f64 = cvtif32 v%d%n", w + 9, w));   // a constant operand
            ir.append(printF("v" + (w + 9), w + 10));
            w += 20;
            want.append(expectF((float) i)).append(expectF((float) i));
        }
        ir.append("    call runtime.printnl()\n    ret\n}\n");
        want.append('\n');
        assertThat((double) (float) ((1L << 62) + (1L << 38) + 1)).isEqualTo(0x1p62 + 0x1p39);
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /** The values of printfloat32PrintsAsGoDoes (float32s), in go1.26.8's order. */
    static final float[] PRINTED32 = {0f, -0f, 1.5f, -1.5f, 0.1f, 1f / 3, 2f / 3, 16777216f, 16777217f, 1e10f, 1e-10f,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_VALUE * 3, 1.17549435e-38f, 1.1754942e-38f,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 123456789f, 100000f, 1e6f, 999999f, 0.0001f,
            0.00001f, 3.14159265f, 2.7182818f, 0.3f, 7.25f, 1e38f, 8.5e-39f, 33554432f, 1234.5678f, 0x1p-12f, 0x1p-11f};

    /** What go1.26.8 prints for println(x) of each of PRINTED32 (Go's printfloat32: strconv's shortest 'g' for 32 bits). */
    static final String GO_PRINTED32 = "0|-0|1.5|-1.5|0.1|0.33333334|0.6666667|1.6777216e+07|1.6777216e+07|1e+10|1e-10|"
            + "3.4028235e+38|-3.4028235e+38|1e-45|4e-45|1.1754944e-38|1.1754942e-38|NaN|+Inf|-Inf|1.2345679e+08|100000|"
            + "1e+06|999999|0.0001|1e-05|3.1415927|2.7182817|0.3|7.25|1e+38|8.5e-39|3.3554432e+07|1234.5677|0.00024414063|"
            + "0.00048828125|";

    private static String printAll32(double[] xs) {
        StringBuilder ir = new StringBuilder("func main.main() () {\nb0:\n    call runtime.printlock()\n");
        int w = 0;
        for (double x : xs) {
            ir.append(String.format("    v%d:f64 = fconst %s%n    call runtime.printfloat32(v%d)%n    call runtime.printnl()%n", w, c(x), w));
            w++;
        }
        return ir.append("    call runtime.printunlock()\n    ret\n}\n").toString();
    }

    @Test
    void printfloat32PrintsAsGoDoes() throws Exception {
        String want = GO_PRINTED32.replace('|', '\n');
        double[] xs = new double[PRINTED32.length];
        StringBuilder oracle = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            xs[i] = PRINTED32[i];
            oracle.append(GoFloat.print32(xs[i])).append('\n');
        }
        assertThat(oracle.toString()).isEqualTo(want);
        assertThat(run(printAll32(xs))).isEqualTo(want);
    }

    /** Random float32s of every magnitude (random bits, short decimals, powers of two): the runtime prints what the oracle prints. */
    @Test
    void printfloat32OfRandomValuesAgreesWithTheOracle() throws Exception {
        java.util.Random rnd = new java.util.Random(32);
        double[] xs = new double[600];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = switch (i % 4) {
                case 0 -> Float.intBitsToFloat(rnd.nextInt());
                case 1 -> Float.parseFloat((rnd.nextInt(200000) - 100000) + "e" + (rnd.nextInt(80) - 45));
                case 2 -> Math.scalb(1.0f, rnd.nextInt(277) - 149);
                default -> (float) (rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 15));
            };
        }
        StringBuilder want = new StringBuilder();
        for (double x : xs) want.append(GoFloat.print32(x)).append('\n');
        assertThat(run(printAll32(xs))).isEqualTo(want.toString());
    }

    /** printcomplex and printcomplex64: "(", the real part, the imaginary part with a sign ("+NaN"), "i)", as go1.26.8. */
    @Test
    void printcomplexPrintsAsGoDoes() throws Exception {
        double nan = Double.NaN, inf = Double.POSITIVE_INFINITY;
        double[][] cs = {{1, 2}, {0, -0.0}, {nan, nan}, {inf, -inf}, {-1, inf}, {0.1, -1e100}};
        StringBuilder ir = new StringBuilder("func main.main() () {\nb0:\n    call runtime.printlock()\n");
        StringBuilder oracle = new StringBuilder();
        int w = 0;
        for (double[] z : cs) {
            double r32 = (float) z[0], i32 = (float) z[1];
            ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n    call runtime.printcomplex(v%d v%d)%n    call runtime.printsp()%n",
                    w, c(z[0]), w + 1, c(z[1]), w, w + 1));
            ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n    call runtime.printcomplex64(v%d v%d)%n    call runtime.printnl()%n",
                    w + 2, c(r32), w + 3, c(i32), w + 2, w + 3));
            w += 4;
            oracle.append(GoFloat.printComplex(z[0], z[1], false)).append(' ').append(GoFloat.printComplex(r32, i32, true)).append('\n');
        }
        ir.append("    call runtime.printunlock()\n    ret\n}\n");
        String want = "(1+2i) (1+2i)|(0-0i) (0-0i)|(NaN+NaNi) (NaN+NaNi)|(+Inf-Infi) (+Inf-Infi)|(-1+Infi) (-1+Infi)|(0.1-1e+100i) (0.1-Infi)|"
                .replace('|', '\n');
        assertThat(oracle.toString()).isEqualTo(want);
        assertThat(run(ir.toString())).isEqualTo(want);
    }

    /** runtime.complex128div of every pair of edge values (zeros, Inf, NaN, huge, tiny): Go's algorithm, as the oracle computes it. */
    @Test
    void complex128divAsGoComputesIt() throws Exception {
        double nan = Double.NaN, inf = Double.POSITIVE_INFINITY;
        double[][] cs = {{1, 2}, {3, -4}, {0, 0}, {-0.0, 0}, {0, -0.0}, {inf, 1}, {1, -inf}, {inf, nan}, {nan, nan}, {nan, 1},
                {1e300, 1e300}, {1e-300, -1e-300}, {5, 0}};
        StringBuilder ir = new StringBuilder(WORD).append("func main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (double[] n : cs) {
            for (double[] m : cs) {
                ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n",
                        w, c(n[0]), w + 1, c(n[1]), w + 2, c(m[0]), w + 3, c(m[1])));
                ir.append(String.format("    v%d:f64 v%d:f64 = call runtime.complex128div(v%d v%d, v%d v%d)%n", w + 4, w + 5, w, w + 1, w + 2, w + 3));
                ir.append(printF("v" + (w + 4), w + 6));
                ir.append(printF("v" + (w + 5), w + 13));
                w += 20;
                double[] q = GoFloat.complexDiv(n[0], n[1], m[0], m[1]);
                want.append(expectF(q[0])).append(expectF(q[1]));
            }
            ir.append("    call runtime.printnl()\n");
            want.append('\n');
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /** cvtfi32: int32(x) of a float as gc (CVTTSD2SL): truncation, 0x80000000 out of int32's range or NaN, sign-extended. */
    @Test
    void int32ConversionsAsGcDoes() throws Exception {
        double[] xs = {2.7, -2.7, 2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 3e9, -3e9, 1e19, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 65535.5};
        StringBuilder ir = new StringBuilder("""
                func main.f2i32(f64) (int) {
                b0:
                    v0:f64 = param 0
                    v1:int = cvtfi32 v0
                    ret v1
                }
                func main.main() () {
                b0:
                """);
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (double x : xs) {
            ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:int = call main.f2i32(v%d)%n    call runtime.printint(v%d)%n    call runtime.printsp()%n",
                    w, c(x), w + 1, w, w + 1));
            ir.append(String.format("    v%d:int = cvtfi32 v%d%n    call runtime.printint(v%d)%n    call runtime.printsp()%n", w + 2, w, w + 2));
            w += 3;
            want.append(GoFloat.toInt32(x)).append(' ').append(GoFloat.toInt32(x)).append(' ');
        }
        ir.append("    call runtime.printnl()\n    ret\n}\n");
        want.append('\n');
        assertThat(GoFloat.toInt32(3e9)).isEqualTo(Integer.MIN_VALUE);
        assertThat(GoFloat.toInt32(-2147483648.9)).isEqualTo(Integer.MIN_VALUE);
        assertThat(GoFloat.toInt32(2147483647.9)).isEqualTo(Integer.MAX_VALUE);
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }
}
