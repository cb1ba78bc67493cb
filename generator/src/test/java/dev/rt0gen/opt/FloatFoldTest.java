package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Parser;
import dev.rt0gen.ir.Printer;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding float64 ops (gc's Const64F rules): every op of constants folds to what the evaluator
 * computes, except where the machine decides (a NaN result's bits, a conversion to int out of
 * range); no identity that is wrong for NaN, -0 or Inf (x*0, x+0, x-x stay).
 */
class FloatFoldTest {
    static final double[] EDGES = {0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 1e308, 4.9e-324, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9.3e18, -9.3e18, 2.5};

    static String c(double x) {
        return Printer.f64(Double.doubleToRawLongBits(x));
    }

    static Func binary(String op, String cls, double a, double b) {
        return Parser.func("""
                func main.f() (%s) {
                b0:
                    v0:f64 = fconst %s
                    v1:f64 = fconst %s
                    v2:%s = %s v0, v1
                    ret v2
                }
                """.formatted(cls, c(a), c(b), cls, op));
    }

    @Test
    void foldsOpsOfConstantsAsTheEvaluatorComputesThem() {
        for (String op : List.of("fadd", "fsub", "fmul", "fdiv", "feq", "fne", "flt", "fle", "fgt", "fge")) {
            String cls = op.startsWith("fadd") || op.startsWith("fsub") || op.startsWith("fmul") || op.startsWith("fdiv") ? "f64" : "int";
            for (double a : EDGES) {
                for (double b : EDGES) {
                    Func f = binary(op, cls, a, b);
                    long want = OptEval.run(f)[0];
                    Fold.run(f);
                    Verifier.verify(f);
                    Instr r = Build.returned(f, 0);
                    if (cls.equals("f64") && Double.isNaN(Double.longBitsToDouble(want))) {
                        assertThat(r.op).as("%s %s %s: NaN is the machine's", a, op, b).isEqualTo(Op.valueOf(op.toUpperCase()));
                        continue;
                    }
                    assertThat(r.op).as("%s %s %s", a, op, b).isEqualTo(cls.equals("f64") ? Op.FCONST : Op.CONST);
                    assertThat(r.aux).as("%s %s %s", a, op, b).isEqualTo(want);
                }
            }
        }
    }

    @Test
    void foldsNegationAndConversionsExceptOutOfRange() {
        for (double a : EDGES) {
            Func f = Parser.func("func main.f() (f64) {\nb0:\n    v0:f64 = fconst " + c(a) + "\n    v1:f64 = fneg v0\n    ret v1\n}\n");
            Fold.run(f);
            assertThat(Build.returned(f, 0).aux).isEqualTo(Double.doubleToRawLongBits(a) ^ Long.MIN_VALUE); // NaN too: the sign bit only
            Func g = Parser.func("func main.f() (int) {\nb0:\n    v0:f64 = fconst " + c(a) + "\n    v1:int = cvtfi v0\n    ret v1\n}\n");
            long want = OptEval.run(g)[0];
            Fold.run(g);
            boolean inRange = a >= -0x1p63 && a < 0x1p63;
            assertThat(Build.returned(g, 0).op).as("int(%s)", a).isEqualTo(inRange ? Op.CONST : Op.CVTFI);
            if (inRange) assertThat(Build.returned(g, 0).aux).isEqualTo(want);
        }
        for (long i : new long[]{0, -1, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Func f = Parser.func("func main.f() (f64) {\nb0:\n    v0:int = const " + i + "\n    v1:f64 = cvtif v0\n    ret v1\n}\n");
            long want = OptEval.run(f)[0];
            Fold.run(f);
            assertThat(Build.returned(f, 0).op).isEqualTo(Op.FCONST);
            assertThat(Build.returned(f, 0).aux).isEqualTo(want).isEqualTo(Double.doubleToRawLongBits((double) i));
        }
    }

    static Func withParam(String body) {
        return Parser.func("func main.f(f64) (f64) {\nb0:\n    v0:f64 = param 0\n" + body + "    ret v2\n}\n");
    }

    @Test
    void keepsWhatIsWrongForNaNOrMinusZero() {
        for (String keep : List.of(
                "    v1:f64 = fconst " + c(0.0) + "\n    v2:f64 = fmul v0, v1\n",   // NaN*0 is NaN, -1*0 is -0
                "    v1:f64 = fconst " + c(0.0) + "\n    v2:f64 = fadd v0, v1\n",   // -0 + 0 is +0
                "    v1:f64 = fconst " + c(0.0) + "\n    v2:f64 = fsub v0, v1\n".replace("fsub v0, v1", "fsub v1, v0"), // 0 - x is not -x for x = 0
                "    v2:f64 = fsub v0, v0\n",                                         // Inf - Inf is NaN
                "    v1:f64 = fconst " + c(2.0) + "\n    v2:f64 = fdiv v0, v0\n")) {
            Func f = withParam(keep);
            String before = f.toString();
            Fold.run(f);
            assertThat(f.toString()).isEqualTo(before);
        }
        // x == x is not 1 (NaN), x != x not 0
        Func eq = Parser.func("func main.f(f64) (int) {\nb0:\n    v0:f64 = param 0\n    v2:int = feq v0, v0\n    ret v2\n}\n");
        Fold.run(eq);
        assertThat(Build.returned(eq, 0).op).isEqualTo(Op.FEQ);
    }

    @Test
    void identitiesThatHoldForEveryFloat() {
        Func one = withParam("    v1:f64 = fconst " + c(1.0) + "\n    v2:f64 = fmul v0, v1\n");
        Fold.run(one);
        CopyElim.run(one);
        assertThat(one.blocks.get(0).terminator().arg(0).def.op).isEqualTo(Op.PARAM);
        Func div = withParam("    v1:f64 = fconst " + c(1.0) + "\n    v2:f64 = fdiv v0, v1\n");
        Fold.run(div);
        CopyElim.run(div);
        assertThat(div.blocks.get(0).terminator().arg(0).def.op).isEqualTo(Op.PARAM);
        Func neg = withParam("    v1:f64 = fconst " + c(-1.0) + "\n    v2:f64 = fmul v1, v0\n");
        Fold.run(neg);
        assertThat(Build.returned(neg, 0).op).isEqualTo(Op.FNEG);
        for (double x : EDGES) { // and they compute what the unfolded ops compute, bit for bit
            for (String body : List.of("    v1:f64 = fconst " + c(1.0) + "\n    v2:f64 = fmul v0, v1\n",
                    "    v1:f64 = fconst " + c(-1.0) + "\n    v2:f64 = fmul v1, v0\n")) {
                Func f = withParam(body);
                long want = OptEval.run(f, Double.doubleToRawLongBits(x))[0];
                Passes.run(f);
                long got = OptEval.run(f, Double.doubleToRawLongBits(x))[0];
                if (!Double.isNaN(x)) assertThat(got).as("%s with %s", body, x).isEqualTo(want);
            }
        }
    }

    // ---- float32 (issue 14) -----------------------------------------------------

    /** Values where rounding to float32 matters: ties to even, overflow to Inf, float32's subnormals, below them. */
    static final double[] EDGES32 = {0.1, 1.0 / 3, 16777217.0, 16777219.0, 3.4028235677973366e38, 3.4028234663852886e38 * 2,
            1e39, -1e39, 1.401298464324817e-45, 0.7e-45, 0.71e-45, 1e-46, -1e-46, 0.0, -0.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e308, 4.9e-324};

    @Test
    void foldsFloat32RoundingAsJavasFloat() {
        for (double a : EDGES32) {
            Func f = Parser.func("func main.f() (f64) {\nb0:\n    v0:f64 = fconst " + c(a) + "\n    v1:f64 = fround32 v0\n    ret v1\n}\n");
            long want = OptEval.run(f)[0];
            Fold.run(f);
            Verifier.verify(f);
            assertThat(Build.returned(f, 0).op).as("fround32 %s", a).isEqualTo(Op.FCONST);
            assertThat(Build.returned(f, 0).aux).as("fround32 %s", a).isEqualTo(want).isEqualTo(Double.doubleToRawLongBits((double) (float) a));
        }
        // ties to even: 2^24 + 1 is 2^24, 2^24 + 3 is 2^24 + 4; past MaxFloat32's half ulp is +Inf; -0 stays -0
        assertThat((double) (float) 16777217.0).isEqualTo(16777216.0);
        assertThat((double) (float) 16777219.0).isEqualTo(16777220.0);
        assertThat((float) 3.4028235677973366e38).isEqualTo(Float.POSITIVE_INFINITY);
        // a NaN is the machine's (cvtsd2ss keeps its payload's top bits)
        Func nan = Parser.func("func main.f() (f64) {\nb0:\n    v0:f64 = fconst 0x7ff8000000000001\n    v1:f64 = fround32 v0\n    ret v1\n}\n");
        Fold.run(nan);
        assertThat(Build.returned(nan, 0).op).isEqualTo(Op.FROUND32);
        // an int rounds once to float32 (2^62 + 2^38 + 1 is 2^62 + 2^39, not 2^62 through a float64)
        for (long i : new long[]{0, -1, 16777217, (1L << 62) + (1L << 38) + 1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Func f = Parser.func("func main.f() (f64) {\nb0:\n    v0:int = const " + i + "\n    v1:f64 = cvtif32 v0\n    ret v1\n}\n");
            long want = OptEval.run(f)[0];
            Fold.run(f);
            assertThat(Build.returned(f, 0).op).isEqualTo(Op.FCONST);
            assertThat(Build.returned(f, 0).aux).as("float32(%s)", i).isEqualTo(want).isEqualTo(Double.doubleToRawLongBits((double) (float) i));
        }
        assertThat((double) (float) ((1L << 62) + (1L << 38) + 1)).isEqualTo(0x1p62 + 0x1p39);
    }

    @Test
    void aFloat32ValueIsItsOwnRounding() {
        Func f = withParam("    v1:f64 = fround32 v0\n    v2:f64 = fround32 v1\n");
        Fold.run(f);
        CopyElim.run(f);
        Instr r = Build.returned(f, 0);
        assertThat(r.op).isEqualTo(Op.FROUND32);
        assertThat(r.arg(0).def.op).isEqualTo(Op.PARAM);
        // but a float64 operation's result is rounded again
        Func g = withParam("    v1:f64 = fround32 v0\n    v3:f64 = fadd v1, v1\n    v2:f64 = fround32 v3\n");
        Fold.run(g);
        assertThat(Build.returned(g, 0).op).isEqualTo(Op.FROUND32);
        assertThat(Build.returned(g, 0).arg(0).def.op).isEqualTo(Op.FADD);
    }

    @Test
    void foldsInt32ConversionsInRangeOnly() {
        for (double a : new double[]{2.7, -2.7, 2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 3e9, Double.NaN, -0.0}) {
            Func g = Parser.func("func main.f() (int) {\nb0:\n    v0:f64 = fconst " + c(a) + "\n    v1:int = cvtfi32 v0\n    ret v1\n}\n");
            long want = OptEval.run(g)[0];
            Fold.run(g);
            boolean inRange = a > -0x1p31 - 1 && a < 0x1p31;
            assertThat(Build.returned(g, 0).op).as("int32(%s)", a).isEqualTo(inRange ? Op.CONST : Op.CVTFI32);
            if (inRange) assertThat(Build.returned(g, 0).aux).isEqualTo(want).isEqualTo((long) (int) a);
        }
    }
}
