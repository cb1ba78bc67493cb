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
                Op.SHL, Op.SHR, Op.SAR, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE);
        for (Op op : binary) {
            for (long a : EDGES) {
                for (long b : EDGES) {
                    if ((op == Op.DIV || op == Op.MOD) && b == 0) continue;
                    Func f = constOp(op, a, b);
                    long want = OptEval.run(f)[0];
                    Fold.run(f);
                    Verifier.verify(f);
                    assertThat(folded(f)).as("%d %s %d", a, op, b).isEqualTo(want);
                }
            }
        }
        for (Op op : List.of(Op.NEG, Op.NOT))
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

    /** b0: if c -> b1, b2; b1, b2: jmp b3; b3: phi b1:x, b2:y; ret. */
    static Func diamond(long c) {
        Func f = Build.func(2, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value x = Build.param(b0, 0), y = Build.param(b0, 1);
        b0.branch(b0.constant(c), b1, b2);
        b1.jump(b3);
        b2.jump(b3);
        Build.ret(b3, Build.phi(b3, x, y));
        return f;
    }

    @Test
    void ifOfAConstantJumpsAndTheDeadEdgeGoes() {
        Func t = diamond(5);
        Fold.run(t);
        Verifier.verify(t);
        Block b0 = t.blocks.get(0), b1 = t.blocks.get(1), b2 = t.blocks.get(2);
        assertThat(b0.terminator().op).isEqualTo(Op.JMP);
        assertThat(b0.succs).containsExactly(b1);
        assertThat(b2.preds).isEmpty();
        assertThat(OptEval.run(t, 10, 20)).containsExactly(10);
        Passes.run(t);
        assertThat(t.blocks).hasSize(1);
        assertThat(Build.returned(t, 0).aux).isZero(); // param 0

        Func e = diamond(0);
        Passes.run(e, (name, g) -> Verifier.verify(g));
        assertThat(e.blocks).hasSize(1);
        assertThat(OptEval.run(e, 10, 20)).containsExactly(20);
    }

    @Test
    void ifOfAConstantToOneBlockTwiceKeepsTheTakenEdgesOperand() {
        for (long c : new long[]{0, 1}) {
            Func f = Build.func(2, 1);
            Block b0 = f.newBlock(), b1 = f.newBlock();
            Value x = Build.param(b0, 0), y = Build.param(b0, 1);
            b0.branch(b0.constant(c), b1, b1);
            Build.ret(b1, Build.phi(b1, x, y));
            Fold.run(f);
            Verifier.verify(f);
            assertThat(b1.preds).containsExactly(b0);
            assertThat(OptEval.run(f, 10, 20)).containsExactly(c != 0 ? 10 : 20);
        }
    }

    @Test
    void constantsPropagateThroughPhisAndConditions() {
        // b0: if x -> b1, b2; b1: jmp b3; b2: 1+2; jmp b3; b3: k = phi 3, 3; if k < 10 -> b4, b5; b4: ret x*k; b5: ret x
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value x = Build.param(b0, 0);
        Value three = b0.constant(3);
        b0.branch(x, b1, b2);
        b1.jump(b3);
        Value alsoThree = b2.add(Op.ADD, Cls.INT, b2.constant(1), b2.constant(2));
        b2.jump(b3);
        Value k = Build.phi(b3, three, alsoThree);
        Block b4 = f.newBlock(), b5 = f.newBlock();
        b3.branch(b3.add(Op.LT, Cls.INT, k, b3.constant(10)), b4, b5);
        Build.ret(b4, b4.add(Op.MUL, Cls.INT, x, k));
        Build.ret(b5, x);
        Passes.run(f, (name, g) -> Verifier.verify(g));
        assertThat(f.blocks.stream().filter(b -> b.terminator().op == Op.RET)).hasSize(1);
        assertThat(Build.count(f, Op.PHI)).isZero();
        for (long v : EDGES) assertThat(OptEval.run(f, v)).containsExactly(v * 3);
    }
}
