package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTest {
    static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE;
    static final long[] EDGES = {0, 1, -1, 2, -2, 3, 7, -8, 63, 64, 65, 200, 1L << 32, MIN, MAX, MIN + 1, MAX - 1, 0x5555555555555555L};

    static Func constOp(Op op, long a, long b) {
        Func f = Build.func(0, 1);
        Block b0 = f.newBlock();
        Value x = b0.constant(a);
        Build.ret(b0, op.args == 1 ? b0.add(op, Cls.INT, x) : b0.add(op, Cls.INT, x, b0.constant(b)));
        return f;
    }

    /** The word f returns once folded, or null when what it returns is not a constant. */
    static Long folded(Func f) {
        Instr d = Build.returned(f, 0);
        return d.op == Op.CONST ? d.aux : null;
    }

    @Test
    void foldsEveryOpOfConstantsAsTheEvaluatorComputesIt() {
        List<Op> binary = List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.HMUL, Op.AND, Op.OR, Op.XOR, Op.ANDNOT,
                Op.SHL, Op.SHR, Op.SAR, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE,
                Op.UDIV, Op.UMOD, Op.ULT, Op.ULE, Op.UGT, Op.UGE);
        for (Op op : binary) {
            for (long a : EDGES) {
                for (long b : EDGES) {
                    if ((op == Op.DIV || op == Op.MOD || op == Op.UDIV || op == Op.UMOD) && b == 0) continue;
                    Func f = constOp(op, a, b);
                    long want = OptEval.run(f)[0];
                    Fold.run(f);
                    Verifier.verify(f);
                    assertThat(folded(f)).as("%d %s %d", a, op, b).isEqualTo(want);
                }
            }
        }
        for (Op op : List.of(Op.NEG, Op.NOT, Op.SEXT8, Op.SEXT16, Op.SEXT32, Op.ZEXT8, Op.ZEXT16, Op.ZEXT32))
            for (long a : EDGES) {
                Func f = constOp(op, a, 0);
                long want = OptEval.run(f)[0];
                Fold.run(f);
                assertThat(folded(f)).as("%s %d", op, a).isEqualTo(want);
            }
    }

    @Test
    void goSemanticsAtTheEdges() {
        assertThat(Fold.eval(Op.DIV, MIN, -1)).isEqualTo(MIN);
        assertThat(Fold.eval(Op.MOD, MIN, -1)).isZero();
        assertThat(Fold.eval(Op.DIV, -7, 2)).isEqualTo(-3);
        assertThat(Fold.eval(Op.MOD, -7, 2)).isEqualTo(-1);
        assertThat(Fold.eval(Op.MOD, 7, -2)).isEqualTo(1);
        assertThat(Fold.eval(Op.SHL, 1, 63)).isEqualTo(MIN);
        assertThat(Fold.eval(Op.SHL, 1, 64)).isZero();
        assertThat(Fold.eval(Op.SHL, 1, -1)).isZero(); // the count is unsigned: huge
        assertThat(Fold.eval(Op.SHR, -1, 64)).isZero();
        assertThat(Fold.eval(Op.SHR, -8, 1)).isEqualTo(MAX - 3);
        assertThat(Fold.eval(Op.SAR, -8, 64)).isEqualTo(-1);
        assertThat(Fold.eval(Op.SAR, -8, MIN)).isEqualTo(-1);
        assertThat(Fold.eval(Op.SAR, 8, 200)).isZero();
        assertThat(Fold.eval(Op.HMUL, MIN, MIN)).isEqualTo(1L << 62);
        assertThat(Fold.eval(Op.HMUL, -1, 1)).isEqualTo(-1);
        assertThat(Fold.eval(Op.MUL, MAX, 2)).isEqualTo(-2);
        assertThat(Fold.eval(Op.NEG, MIN, 0)).isEqualTo(MIN);
        assertThat(Fold.eval(Op.LT, MIN, MAX)).isEqualTo(1);
        assertThat(Fold.eval(Op.DIV, 5, 0)).isNull(); // never runs: lowering's check panics first
        assertThat(Fold.eval(Op.UDIV, -1, 2)).isEqualTo(MAX);
        assertThat(Fold.eval(Op.UMOD, -1, 10)).isEqualTo(5); // 18446744073709551615 % 10
        assertThat(Fold.eval(Op.ULT, 1, -1)).isEqualTo(1);
        assertThat(Fold.eval(Op.UGT, MIN, MAX)).isEqualTo(1);
        assertThat(Fold.eval(Op.SEXT8, 0x80, 0)).isEqualTo(-128);
        assertThat(Fold.eval(Op.SEXT16, 0x1_7FFF, 0)).isEqualTo(0x7FFF);
        assertThat(Fold.eval(Op.SEXT32, 0xFFFF_FFFFL, 0)).isEqualTo(-1);
        assertThat(Fold.eval(Op.ZEXT8, -1, 0)).isEqualTo(255);
        assertThat(Fold.eval(Op.ZEXT16, -2, 0)).isEqualTo(0xFFFE);
        assertThat(Fold.eval(Op.ZEXT32, MIN | 5, 0)).isEqualTo(5);
        assertThat(Fold.eval(Op.UDIV, 5, 0)).isNull();
    }

    /** f(x) = x op c, c op x or x op x. */
    static Func identity(Op op, Long left, Long right) {
        Func f = Build.func(1, 1);
        Block b = f.newBlock();
        Value x = Build.param(b, 0);
        Value l = left == null ? x : b.constant(left), r = right == null ? x : b.constant(right);
        Build.ret(b, b.add(op, Cls.INT, l, r));
        return f;
    }

    @Test
    void algebraicIdentitiesLeaveNoOp() {
        Object[][] cases = {
                {Op.ADD, null, 0L}, {Op.ADD, 0L, null}, {Op.SUB, null, 0L}, {Op.SUB, null, null},
                {Op.MUL, null, 1L}, {Op.MUL, 1L, null}, {Op.MUL, null, 0L}, {Op.MUL, 0L, null},
                {Op.AND, null, 0L}, {Op.AND, null, -1L}, {Op.AND, null, null}, {Op.OR, null, 0L}, {Op.OR, 0L, null},
                {Op.OR, null, null}, {Op.XOR, null, 0L}, {Op.XOR, null, null}, {Op.ANDNOT, null, 0L}, {Op.ANDNOT, null, null},
                {Op.SHL, null, 0L}, {Op.SHR, null, 0L}, {Op.SAR, null, 0L}, {Op.SHL, null, 64L}, {Op.SHR, null, 100L},
                {Op.SHL, 0L, null}, {Op.DIV, null, 1L}, {Op.MOD, null, 1L}, {Op.MOD, null, -1L}, {Op.HMUL, null, 0L},
                {Op.EQ, null, null}, {Op.NE, null, null}, {Op.LT, null, null}, {Op.GE, null, null},
                {Op.UDIV, null, 1L}, {Op.UMOD, null, 1L}, {Op.ULT, null, null}, {Op.UGE, null, null},
                {Op.ULT, null, 0L}, {Op.UGE, null, 0L}, {Op.ULE, null, -1L}, {Op.UGT, null, -1L},
        };
        for (Object[] c : cases) {
            Func f = identity((Op) c[0], (Long) c[1], (Long) c[2]);
            Func want = identity((Op) c[0], (Long) c[1], (Long) c[2]);
            Passes.run(f, (name, g) -> Verifier.verify(g));
            Op left = Build.returned(f, 0).op;
            assertThat(left).as("%s %s %s\n%s", c[0], c[1], c[2], f).isIn(Op.PARAM, Op.CONST);
            assertThat(Build.all(f)).as("%s", f).hasSizeLessThanOrEqualTo(3);
            for (long x : EDGES) assertThat(OptEval.run(f, x)).containsExactly(OptEval.run(want, x));
        }
        // 0 - x is neg x; x sar 70 is x sar 63.
        Func neg = identity(Op.SUB, 0L, null);
        Passes.run(neg);
        assertThat(Build.returned(neg, 0).op).isEqualTo(Op.NEG);
        Func sar = identity(Op.SAR, null, 70L);
        Passes.run(sar);
        assertThat(Build.returned(sar, 0).op).isEqualTo(Op.SAR);
        for (long x : EDGES) assertThat(OptEval.run(sar, x)[0]).isEqualTo(x >> 63);
    }

    /** f(x, y) = c ? x : y, the condition made by {@code cond} ("const 1", "lt v0, v1"). */
    static Func diamond(String cond) {
        return Build.parse("""
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = %s
                    if v2 -> b1, b2
                b1:
                    jmp b3
                b2:
                    jmp b3
                b3:
                    v3:int = phi b1:v0, b2:v1
                    ret v3
                }
                """.formatted(cond));
    }

    @Test
    void ifOfAConstantJumpsAndTheDeadEdgeGoes() {
        Func t = diamond("const 5");
        Fold.run(t);
        Verifier.verify(t);
        assertThat(t.entry().terminator().op).isEqualTo(Op.JMP);
        assertThat(t.entry().succs).containsExactly(Build.block(t, 1));
        assertThat(Build.block(t, 2).preds).isEmpty();
        assertThat(OptEval.run(t, 10, 20)).containsExactly(10);
        Passes.run(t);
        assertThat(t.blocks).hasSize(1);
        assertThat(Build.returned(t, 0).toString()).isEqualTo("v0:int = param 0");

        Func e = diamond("const 0");
        Passes.run(e, (name, g) -> Verifier.verify(g));
        assertThat(e.blocks).hasSize(1);
        assertThat(OptEval.run(e, 10, 20)).containsExactly(20);

        Func c = diamond("lt v0, v1"); // not constant: stays
        Passes.run(c);
        assertThat(Build.count(c, Op.IF)).isEqualTo(1);
        assertThat(OptEval.run(c, 10, 20)).containsExactly(10);
        assertThat(OptEval.run(c, 20, 10)).containsExactly(10);
    }

    @Test
    void ifOfAConstantToOneBlockTwiceKeepsTheTakenEdgesOperand() {
        for (long c : new long[]{0, 1}) {
            Func f = Build.parse("""
                    func main.t(int, int) (int) {
                    b0:
                        v0:int = param 0
                        v1:int = param 1
                        v2:int = const %d
                        if v2 -> b1, b1
                    b1:
                        v3:int = phi b0:v0, b0:v1
                        ret v3
                    }
                    """.formatted(c));
            Fold.run(f);
            Verifier.verify(f);
            assertThat(Build.block(f, 1).preds).containsExactly(f.entry());
            assertThat(OptEval.run(f, 10, 20)).containsExactly(c != 0 ? 10 : 20);
        }
    }

    @Test
    void constantsPropagateThroughPhisAndConditions() {
        // k is 3 on both paths (1+2 on one), so k < 10 holds and only x*k remains: x*3.
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 3
                    if v0 -> b1, b2
                b1:
                    jmp b3
                b2:
                    v2:int = const 1
                    v3:int = const 2
                    v4:int = add v2, v3
                    jmp b3
                b3:
                    v5:int = phi b1:v1, b2:v4
                    v6:int = const 10
                    v7:int = lt v5, v6
                    if v7 -> b4, b5
                b4:
                    v8:int = mul v0, v5
                    ret v8
                b5:
                    ret v0
                }
                """);
        Passes.run(f, (name, g) -> Verifier.verify(g));
        assertThat(f.blocks).hasSize(1);
        assertThat(Build.count(f, Op.PHI)).isZero();
        for (long v : EDGES) assertThat(OptEval.run(f, v)).containsExactly(v * 3);
    }

    @Test
    void aRemainderByAPowerOfTwoComparedWithZeroIsAMask() {
        // (x % c == 0) and (x % c != 0), c = ±2^k: and x, |c|-1 (the mod goes); the value as before.
        long[] cs = {2, 4, 8, -2, -16, 1L << 62, Long.MIN_VALUE};
        long[] xs = {0, 1, -1, 2, -2, 3, 4, -4, 6, -8, 16, 1L << 62, 3L << 61, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 2, 0x5555555555555554L};
        for (String cmp : new String[]{"eq v2, v3", "ne v2, v3", "eq v3, v2"}) {
            for (long c : cs) {
                String text = """
                        func main.t(int) (int) {
                        b0:
                            v0:int = param 0
                            v1:int = const %d
                            v2:int = mod v0, v1
                            v3:int = const 0
                            v4:int = %s
                            ret v4
                        }
                        """.formatted(c, cmp);
                Func f = Build.parse(text);
                Fold.run(f);
                Verifier.verify(f);
                Instr t = Build.returned(f, 0);
                assertThat(t.arg(0).def.op).as("%s", f).isEqualTo(Op.AND);
                assertThat(t.arg(0).def.arg(1).constant()).isEqualTo(Math.abs(c) - 1);
                Passes.run(f, (name, g) -> Verifier.verify(g));
                assertThat(Build.count(f, Op.MOD)).isZero();
                assertThat(Build.all(f)).as("%s", f).hasSizeLessThanOrEqualTo(6);
                Func want = Build.parse(text);
                for (long x : xs) assertThat(OptEval.run(f, x)).as("%d %% %d: %s", x, c, cmp).containsExactly(OptEval.run(want, x));
            }
        }
        // Not a power of two, or a mod compared with something else: stays a mod.
        for (String[] k : new String[][]{{"6", "eq v2, v3"}, {"2", "lt v2, v3"}}) {
            Func f = Build.parse("""
                    func main.t(int) (int) {
                    b0:
                        v0:int = param 0
                        v1:int = const %s
                        v2:int = mod v0, v1
                        v3:int = const 0
                        v4:int = %s
                        ret v4
                    }
                    """.formatted(k[0], k[1]));
            Fold.run(f);
            assertThat(Build.count(f, Op.AND)).isZero();
        }
    }

    @Test
    void aConstantAddedToAPointerGoesIntoTheOffsetOfItsLoadsAndStores() {
        Func f = Build.parse("""
                func main.t(ptr, int) (int) {
                b0:
                    v0:ptr = param 0
                    v1:int = param 1
                    v2:int = const 16
                    v3:ptr = add v0, v2
                    v4:int = load [v3+8]
                    store [v3], v1
                    v5:int = add v1, v2
                    v6:int = load [v5]
                    v7:int = add v4, v6
                    ret v7
                }
                """);
        Fold.run(f);
        Verifier.verify(f);
        List<Instr> mem = Build.all(f).stream().filter(in -> in.op == Op.LOAD || in.op == Op.STORE).toList();
        // the pointer's: [v0+24] and [v0+16]; an int's (a uintptr sum) stays as it is
        assertThat(mem.get(0).arg(0).toString()).startsWith("v0");
        assertThat(mem.get(0).aux).isEqualTo(24);
        assertThat(mem.get(1).arg(0).toString()).startsWith("v0");
        assertThat(mem.get(1).aux).isEqualTo(16);
        assertThat(mem.get(2).arg(0).toString()).startsWith("v5");
        assertThat(mem.get(2).aux).isZero();
    }
}
